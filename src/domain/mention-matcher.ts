import type { Place } from '../../geo/schema/place-schema';
import type { MentionIdentification, Telegram } from '../../geo/schema/telegram-schema';
import { foldName, foldWithOffsets } from './normalise';

/** What a mention says of itself when it is identified on its own (the document's `mentions`). */
export type OwnIdentification = Pick<MentionIdentification, 'confidence' | 'rationale' | 'sources' | 'alternatives'>;

export interface Mention {
  placeId: string;
  sentenceId: string;
  /** UTF-16 offsets into the sentence text: text.slice(start, end) is the spelling as written. */
  start: number;
  end: number;
  /** The spelling exactly as it stands in the telegram. */
  text: string;
  /** Present when the document identifies this mention itself, with its own confidence or candidates. */
  identification?: OwnIdentification;
}

export interface NamePattern {
  key: string;
  /** Usually one place; several when one spelling serves two (then each mention must say which). */
  placeIds: string[];
}

/** A mention the data cannot resolve, or a mention identification that matches nothing; `index` is its place in `mentions`. */
export class MentionError extends Error {
  constructor(
    readonly sentenceId: string,
    readonly index: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'MentionError';
  }
}

/** Every variant of every place as a folded search key, longest first so "Jemulpo [Incheon]" wins over "Jemulpo". */
export function namePatterns(places: readonly Pick<Place, 'id' | 'variants'>[]): NamePattern[] {
  const patterns = new Map<string, NamePattern>();
  for (const place of places) {
    for (const variant of place.variants) {
      const key = foldName(variant.toponym);
      if (key.length === 0) continue;
      const pattern = patterns.get(key) ?? { key, placeIds: [] };
      if (!pattern.placeIds.includes(place.id)) pattern.placeIds.push(place.id);
      patterns.set(key, pattern);
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
export function findNames(text: string, patterns: readonly NamePattern[]): { placeIds: string[]; start: number; end: number }[] {
  const { folded, originalIndex } = foldWithOffsets(text);
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: { placeIds: string[]; start: number; end: number }[] = [];
  for (const pattern of patterns) {
    for (let at = folded.indexOf(pattern.key); at !== -1; at = folded.indexOf(pattern.key, at + 1)) {
      const start = originalIndex[at] ?? 0;
      const end = originalIndex[at + pattern.key.length] ?? text.length;
      if (!isWordBoundary(text, start, 'before') || !isWordBoundary(text, end, 'after')) continue;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      found.push({ placeIds: pattern.placeIds, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function ownIdentification(reading: MentionIdentification): OwnIdentification | undefined {
  const { confidence, rationale, sources, alternatives } = reading;
  const own = { confidence, rationale, sources, alternatives };
  const present = Object.fromEntries(Object.entries(own).filter(([, value]) => value !== undefined)) as OwnIdentification;
  return Object.keys(present).length === 0 ? undefined : present;
}

/**
 * Every mention of every place in the telegram, in reading order. A mention follows the gazetteer's spellings,
 * unless the document's `mentions` identifies it (sentence, spelling, occurrence): then it names its own place.
 * Throws a MentionError on a spelling that serves two places with no identification, and on an identification
 * that matches no mention or names a place the spelling does not belong to.
 */
export function findMentions(telegram: Telegram, places: readonly Pick<Place, 'id' | 'variants'>[]): Mention[] {
  const patterns = namePatterns(places);
  const readings = telegram.mentions ?? [];
  const used = new Set<number>();
  const mentions = telegram.blocks.flatMap((block) =>
    block.sentences.flatMap((sentence) => {
      const seen = new Map<string, number>();
      return findNames(sentence.text, patterns).map(({ placeIds, start, end }): Mention => {
        const text = sentence.text.slice(start, end);
        const key = foldName(text);
        const occurrence = (seen.get(key) ?? 0) + 1;
        seen.set(key, occurrence);
        const index = readings.findIndex((reading) => reading.sentenceId === sentence.id && foldName(reading.spelling) === key && (reading.occurrence ?? 1) === occurrence);
        const reading = readings[index];
        if (reading === undefined) {
          const [placeId] = placeIds;
          if (placeId === undefined || placeIds.length > 1) throw new MentionError(sentence.id, undefined, `"${text}" is a spelling of ${placeIds.join(' and ')}: identify this mention in the document's "mentions"`);
          return { placeId, sentenceId: sentence.id, start, end, text };
        }
        used.add(index);
        if (!placeIds.includes(reading.place)) throw new MentionError(sentence.id, index, `"${text}" is not a spelling of "${reading.place}" (it belongs to ${placeIds.join(', ')})`);
        const identification = ownIdentification(reading);
        return { placeId: reading.place, sentenceId: sentence.id, start, end, text, ...(identification === undefined ? {} : { identification }) };
      });
    }),
  );
  readings.forEach((reading, index) => {
    if (!used.has(index)) throw new MentionError(reading.sentenceId, index, `no mention "${reading.spelling}"${reading.occurrence === undefined ? '' : ` (occurrence ${reading.occurrence})`} in sentence "${reading.sentenceId}"`);
  });
  return mentions;
}
