import type { Feature, FeatureCollection } from 'geojson';
import { outcomeFileSchema, type OutcomeEvent } from '../schema/outcome-schema';
import type { Place } from '../schema/place-schema';
import { DAY, parseDocumentTime } from '../../src/domain/time';
import { earliestAccountTime } from '../../src/domain/timeline-events';
import { inDocumentRegion, REGION_TEXT } from './region-check';
import { DataError, readJsonFile, validate } from './validate';

export function loadOutcome(file: string, places: readonly Place[]): OutcomeEvent[] {
  const events = validate(outcomeFileSchema, readJsonFile(file), file, 'events').events;
  const placeIds = new Set(places.map((place) => place.id));
  const seen = new Set<string>();
  for (const event of events) {
    if (seen.has(event.id)) throw new DataError(file, event.id, 'id', 'duplicate event id');
    seen.add(event.id);
    event.places.forEach((id, index) => {
      if (!placeIds.has(id)) throw new DataError(file, event.id, `places[${index}]`, `no place "${id}" in the gazetteer`);
    });
    if (event.geometry?.type === 'place' && !placeIds.has(event.geometry.place)) throw new DataError(file, event.id, 'geometry.place', `no place "${event.geometry.place}"`);
    event.versions.forEach((version, index) => {
      const start = parseDocumentTime(version.date.start);
      if (start === undefined) throw new DataError(file, event.id, `versions[${index}].date.start`, `"${version.date.start}" is not a valid date`);
      const end = version.date.end ?? undefined;
      if (end === undefined) return;
      const endTime = parseDocumentTime(end);
      if (endTime === undefined) throw new DataError(file, event.id, `versions[${index}].date.end`, `"${end}" is not a valid date`);
      // A date without an hour ends with its day: "1951-01-01" ends after "1951-01-01T12:00".
      if (endTime + (end.includes('T') ? 0 : DAY) < start) throw new DataError(file, event.id, `versions[${index}].date.end`, `${end} is before the start, ${version.date.start}`);
    });
    // A name the search offers must be written so in one of the event's accounts or its sources' notes.
    const texts = event.versions.flatMap((version) => [version.account, ...version.sources.flatMap((source) => [source.supports, source.locator ?? ''])]);
    event.alsoNamed?.forEach((name, index) => {
      if (!texts.some((text) => text.includes(name))) throw new DataError(file, event.id, `alsoNamed[${index}]`, `no account or source note of this event writes "${name}"`);
    });
    const points = event.geometry === undefined || event.geometry.type === 'place' ? [] : event.geometry.points;
    points.forEach((point, index) => {
      if (!inDocumentRegion(point.coordinates)) throw new DataError(file, event.id, `geometry.points[${index}].coordinates`, `[${point.coordinates.join(', ')}] lies outside the region of the document (${REGION_TEXT})`);
    });
  }
  return events;
}

/** True when the accounts do not agree on the date. */
export function datesDisputed(event: OutcomeEvent): boolean {
  return new Set(event.versions.map((version) => version.date.start.slice(0, 10))).size > 1;
}

/** The outcome layer: its own source and file, never mixed into the telegram's features. */
export function buildOutcomeLayer(events: readonly OutcomeEvent[], places: readonly Place[]): FeatureCollection {
  const byId = new Map(places.map((place) => [place.id, place]));
  return {
    type: 'FeatureCollection',
    features: events.flatMap((event): Feature[] => {
      const properties = { eventId: event.id, kind: event.kind, title: event.title, start: earliestAccountTime(event) ?? Number.POSITIVE_INFINITY, disputed: datesDisputed(event), versions: event.versions.length };
      const geometry = event.geometry;
      if (geometry === undefined) return [];
      if (geometry.type === 'place') {
        const place = byId.get(geometry.place);
        return place === undefined ? [] : [{ type: 'Feature', properties, geometry: place.geometry }];
      }
      if (geometry.type === 'line') return [{ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: geometry.points.map((p) => p.coordinates) } }];
      return geometry.points.map((p) => ({ type: 'Feature', properties: { ...properties, label: p.label }, geometry: { type: 'Point', coordinates: p.coordinates } }));
    }),
  };
}
