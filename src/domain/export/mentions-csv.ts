import { sentencesById } from '../telegram-text';
import type { Place } from '../../../geo/schema/place-schema';
import type { Telegram } from '../../../geo/schema/telegram-schema';
import type { CitedWork } from '../bibliography';
import type { Mention } from '../mention-matcher';
import { placePoint } from '../situation-geometry';
import type { ExportCredits } from './credits';
import { formatCsv, type CsvValue } from './csv';
import { LIST_SEPARATOR } from './gis-layers';
import { coordinateSourcesOf } from './sources-of';

/**
 * One row per place name in the text. Columns name what they hold: the coordinates' own sources (not the
 * telegram, which is in `document_citation` on every row, since a CSV has no place for a header note and a row
 * copied out of a spreadsheet keeps its source). An unidentified place has no point: lat/lon are empty and
 * `area_wkt` gives the area the text implies.
 */
export const MENTION_COLUMNS = [
  'sentence_id',
  'sentence_text',
  'spelling_in_text',
  'place_id',
  'modern_name',
  'modern_name_hangul',
  'identification_confidence',
  'lat',
  'lon',
  'coordinate_kind',
  'area_wkt',
  'coordinate_sources',
  'document_citation',
] as const;

/** Six decimals (about 0.1 m) is far finer than any identification here; longer tails are float noise. */
export function coordinate(value: number): number {
  return Number(value.toFixed(6));
}

/** What lat/lon stand for; empty when there is no point to give. */
export function coordinateKind(place: Pick<Place, 'geometry' | 'confidence'>): string {
  if (place.confidence === 'unidentified') return '';
  if (place.geometry.type === 'Point') return 'point';
  if (place.geometry.type === 'LineString') return 'midpoint of the line (the map labels it there)';
  return 'centre of the area';
}

/** WKT (longitude latitude, as GIS read it) of an area; empty for points and lines. */
export function areaWkt(place: Pick<Place, 'geometry'>): string {
  if (place.geometry.type !== 'Polygon') return '';
  const rings = place.geometry.coordinates.map((ring) => `(${ring.map(([lon, lat]) => `${coordinate(lon)} ${coordinate(lat)}`).join(', ')})`);
  return `POLYGON (${rings.join(', ')})`;
}

export function mentionRows(telegram: Telegram, places: readonly Place[], mentions: readonly Mention[], credits: ExportCredits, works: ReadonlyMap<string, CitedWork>): CsvValue[][] {

  const sentences = sentencesById(telegram);
  const placesById = new Map(places.map((place) => [place.id, place]));
  return mentions.map((mention) => {
    const place = placesById.get(mention.placeId);
    const quote = sentences.get(mention.sentenceId)?.text;
    if (place === undefined || quote === undefined) throw new Error(`mention of ${mention.placeId} in ${mention.sentenceId}: no such place or sentence`);
    const point = place.confidence === 'unidentified' ? null : placePoint(place);
    return [
      mention.sentenceId,
      quote,
      mention.text,
      place.id,
      place.names.rr ?? null,
      place.names.hangul ?? null,
      place.confidence,
      point === null ? null : coordinate(point[1] ?? Number.NaN),
      point === null ? null : coordinate(point[0] ?? Number.NaN),
      coordinateKind(place),
      areaWkt(place),
      coordinateSourcesOf(place, works).map((source) => source.label).join(LIST_SEPARATOR),
      credits.citation,
    ];
  });
}

export function mentionsCsv(telegram: Telegram, places: readonly Place[], mentions: readonly Mention[], credits: ExportCredits, works: ReadonlyMap<string, CitedWork>): string {
  return formatCsv([[...MENTION_COLUMNS], ...mentionRows(telegram, places, mentions, credits, works)]);
}
