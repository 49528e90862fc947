import type { Feature, FeatureCollection } from 'geojson';
import { outcomeFileSchema, type OutcomeEvent } from '../schema/outcome-schema';
import type { Place } from '../schema/place-schema';
import { sourcesStrongestFirst, type CitedWork } from '../../src/domain/bibliography';
import { parseDocumentTime } from '../../src/domain/time';
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
      if (parseDocumentTime(version.date.start) === undefined) throw new DataError(file, event.id, `versions[${index}].date.start`, 'not a valid date');
    });
  }
  return events;
}

/** The earliest date any account gives: the outcome layer shows an event from then, and its card lists every version. */
export function earliestStart(event: OutcomeEvent): number {
  return Math.min(...event.versions.map((version) => parseDocumentTime(version.date.start) ?? Number.POSITIVE_INFINITY));
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
      const properties = { eventId: event.id, kind: event.kind, title: event.title, start: earliestStart(event), disputed: datesDisputed(event), versions: event.versions.length };
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

/** The separate outcome export: the layer with every version's account and sources on each feature. */
export function outcomeExport(events: readonly OutcomeEvent[], places: readonly Place[], citation: string, works: ReadonlyMap<string, CitedWork>): FeatureCollection & { note: string } {
  const layer = buildOutcomeLayer(events, places);
  const byId = new Map(events.map((event) => [event.id, event]));
  return {
    type: 'FeatureCollection',
    note: `What happened on this front, 31 December 1950 to 10 January 1951, from the sources named on each feature. Not part of the telegram (${citation}).`,
    features: layer.features.map((feature) => {
      const event = byId.get(String(feature.properties?.eventId));
      // Each source as the bibliography cites it, strongest first, with its grade and the work's own address.
      const accounts = (event?.versions ?? []).map((version) => ({
        ...version,
        sources: sourcesStrongestFirst(version.sources, works).map(({ work, ...source }) => ({ ...source, citation: work?.citation ?? source.ref, grade: work?.grade ?? null, url: work?.url ?? null })),
      }));
      return { ...feature, properties: { ...feature.properties, disagreement: event?.disagreement ?? null, accounts } };
    }),
  };
}
