import type { Place } from '../../geo/schema/place-schema';
import type { Telegram } from '../../geo/schema/telegram-schema';
import { foldName, foldWithOffsets } from './normalise';

export interface Mention {
  placeId: string;
  sentenceId: string;
  /** UTF-16 offsets into the sentence text: text.slice(start, end) is the spelling as written. */
  start: number;
  end: number;
  /** The spelling exactly as it stands in the telegram. */
  text: string;
}

export interface NamePattern {
  key: string;
  placeId: string;
}

/** Every variant of every place as a folded search key, longest first so "Jemulpo [Incheon]" wins over "Jemulpo". */
export function namePatterns(places: readonly Pick<Place, 'id' | 'variants'>[]): NamePattern[] {
  const patterns = new Map<string, NamePattern>();
  for (const place of places) {
    for (const variant of place.variants) {
      const key = foldName(variant.toponym);
      const existing = patterns.get(key);
      if (existing !== undefined && existing.placeId !== place.id) {
        throw new Error(`the spelling "${variant.toponym}" belongs to both ${existing.placeId} and ${place.id}`);
      }
      if (key.length > 0) patterns.set(key, { key, placeId: place.id });
    }
  }
  return [...patterns.values()].sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key));
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordBoundary(text: string, index: number, side: 'before' | 'after'): boolean {
  const character = side === 'before' ? text[index - 1] : text[index];
  return character === undefined || !LETTER_OR_DIGIT.test(character);
}

/** Finds the names of `patterns` in one text: whole words only, longest match first, never overlapping. */
export function findNames(text: string, patterns: readonly NamePattern[]): { placeId: string; start: number; end: number }[] {
  const { folded, originalIndex } = foldWithOffsets(text);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: { placeId: string; start: number; end: number }[] = [];
  for (const pattern of patterns) {
    for (let at = folded.indexOf(pattern.key); at !== -1; at = folded.indexOf(pattern.key, at + 1)) {
      const start = originalIndex[at] ?? 0;
      const end = originalIndex[at + pattern.key.length] ?? text.length;
      if (!isWordBoundary(text, start, 'before') || !isWordBoundary(text, end, 'after')) continue;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      found.push({ placeId: pattern.placeId, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every mention of every place in the telegram, in reading order, computed from the gazetteer's variants. */
export function findMentions(telegram: Telegram, places: readonly Pick<Place, 'id' | 'variants'>[]): Mention[] {
  const patterns = namePatterns(places);
  return telegram.blocks.flatMap((block) =>
    block.sentences.flatMap((sentence) =>
      findNames(sentence.text, patterns).map(({ placeId, start, end }) => ({
        placeId,
        sentenceId: sentence.id,
        start,
        end,
        text: sentence.text.slice(start, end),
      })),
    ),
  );
}
