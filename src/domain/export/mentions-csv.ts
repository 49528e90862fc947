import type { Place } from '../../../geo/schema/place-schema';
import type { Telegram } from '../../../geo/schema/telegram-schema';
import { sourceText, type CitedWork } from '../bibliography';
import type { Mention } from '../mention-matcher';
import { placePoint } from '../situation-geometry';
import type { ExportCredits } from './credits';
import { formatCsv, type CsvValue } from './csv';

/**
 * The columns plus two: `hangul`, the modern Korean name (what the UTF-8 BOM is for), and `citation`, the
 * telegram's citation on every row: a CSV has no place for a header note, and a row copied or filtered out of a
 * spreadsheet (or a Recogito import) keeps its source.
 */
export const MENTION_COLUMNS = ['sentence_id', 'quote', 'spelling', 'place_id', 'modern_name', 'hangul', 'lat', 'lon', 'confidence', 'source', 'citation'] as const;

/** Six decimals (about 0.1 m) is far finer than any identification here; longer tails are float noise. */
export function coordinate(value: number): number {
  return Number(value.toFixed(6));
}

export function mentionRows(telegram: Telegram, places: readonly Place[], mentions: readonly Mention[], credits: ExportCredits, works: ReadonlyMap<string, CitedWork>): CsvValue[][] {
  const sentences = new Map(telegram.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
  const placesById = new Map(places.map((place) => [place.id, place]));
  return mentions.map((mention) => {
    const place = placesById.get(mention.placeId);
    const quote = sentences.get(mention.sentenceId);
    if (place === undefined || quote === undefined) throw new Error(`mention of ${mention.placeId} in ${mention.sentenceId}: no such place or sentence`);
    // Lines and areas get their representative point, the one the map labels.
    const [lon = Number.NaN, lat = Number.NaN] = placePoint(place);
    return [
      mention.sentenceId,
      quote,
      mention.text,
      place.id,
      place.names.rr ?? place.title,
      place.names.hangul ?? null,
      coordinate(lat),
      coordinate(lon),
      place.confidence,
      place.sources[0] === undefined ? null : sourceText(place.sources[0], works),
      credits.citation,
    ];
  });
}

export function mentionsCsv(telegram: Telegram, places: readonly Place[], mentions: readonly Mention[], credits: ExportCredits, works: ReadonlyMap<string, CitedWork>): string {
  return formatCsv([[...MENTION_COLUMNS], ...mentionRows(telegram, places, mentions, credits, works)]);
}
