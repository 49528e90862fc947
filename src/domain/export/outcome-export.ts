import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { OutcomeEvent } from '../../../geo/schema/outcome-schema';
import type { Place } from '../../../geo/schema/place-schema';
import { isoDateTime, isoEndOfDate } from './iso-time';
import type { CitedWork } from '../bibliography';
import { sourcesOf } from './sources-of';

export interface OutcomeCollection extends FeatureCollection<Geometry | null> {
  name: string;
  citation: string;
  note: string;
}

/** Each geometry the event is drawn with (several for an event of several points); none when it has no place. */
function eventGeometries(event: OutcomeEvent, places: ReadonlyMap<string, Place>): { label: string | null; geometry: Geometry }[] {
  const geometry = event.geometry;
  if (geometry === undefined) return [];
  if (geometry.type === 'place') {
    const place = places.get(geometry.place);
    if (place === undefined) throw new Error(`outcome event ${event.id}: no place ${geometry.place}`);
    return [{ label: null, geometry: place.geometry }];
  }
  if (geometry.type === 'line') return [{ label: null, geometry: { type: 'LineString', coordinates: geometry.points.map((p) => p.coordinates) } }];
  return geometry.points.map((p) => ({ label: p.label, geometry: { type: 'Point', coordinates: p.coordinates } }));
}

/** The span the accounts give: from the earliest date any gives to the end of the latest (a date alone is its whole day). */
function eventSpan(event: OutcomeEvent): { start: string; end: string; start_as_written: string; end_as_written: string } {
  const starts = event.versions.map((version) => ({ written: version.date.start, iso: isoDateTime(version.date.start) }));
  const ends = event.versions.map((version) => {
    const written = version.date.end ?? version.date.start;
    return { written, iso: isoEndOfDate(written) };
  });
  const first = starts.reduce((a, b) => (b.iso < a.iso ? b : a));
  const last = ends.reduce((a, b) => (b.iso > a.iso ? b : a));
  return { start: first.iso, end: last.iso, start_as_written: first.written, end_as_written: last.written };
}

/**
 * The outcome export: every event (those with no one place to draw have null geometry), each with the span its
 * accounts give in ISO 8601, every account as an array with its own dates and sources, and a citation of the
 * sources it rests on.
 */
export function outcomeGeoJson(events: readonly OutcomeEvent[], places: readonly Place[], telegramCitation: string, works: ReadonlyMap<string, CitedWork>): OutcomeCollection {
  const byId = new Map(places.map((place) => [place.id, place]));
  const features = events.flatMap((event): Feature<Geometry | null>[] => {
    const accounts = event.versions.map((version) => ({
      start: isoDateTime(version.date.start),
      end: isoEndOfDate(version.date.end ?? version.date.start),
      date_as_written: version.date,
      account: version.account,
      // Each source as the bibliography cites it, strongest first, with its grade and the work's own address.
      sources: sourcesOf(version, works).map(({ label, url, supports, grade }) => ({ label, url, supports, grade })),
    }));
    const citations = [...new Set(accounts.flatMap((account) => account.sources.map((source) => source.label)))];
    const properties = {
      eventId: event.id,
      kind: event.kind,
      title: event.title,
      ...eventSpan(event),
      disputed: new Set(event.versions.map((version) => version.date.start.slice(0, 10))).size > 1,
      disagreement: event.disagreement ?? null,
      places: event.places,
      citation: citations.join('; '),
      accounts,
    };
    const drawn = eventGeometries(event, byId);
    if (drawn.length === 0) return [{ type: 'Feature', id: `outcome:${event.id}`, properties: { ...properties, label: null }, geometry: null }];
    return drawn.map(({ label, geometry }, index) => ({
      type: 'Feature',
      id: drawn.length === 1 ? `outcome:${event.id}` : `outcome:${event.id}:${index}`,
      properties: { ...properties, label },
      geometry,
    }));
  });
  return {
    type: 'FeatureCollection',
    name: 'outcome-1950-12-31-1951-01-10',
    citation: 'Compiled from the sources named on each feature (citation, accounts[].sources).',
    note: `What happened on this front, 31 December 1950 to 10 January 1951. Not part of the telegram (${telegramCitation}). start/end: from the earliest date any account gives to the end of the latest; a date without an hour covers its whole day.`,
    features,
  };
}
