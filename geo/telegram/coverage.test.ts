import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMentions, findNames, namePatterns } from '../../src/domain/mention-matcher';
import { foldName } from '../../src/domain/normalise';
import { loadPlaces, loadTelegram } from '../build/dataset';

const telegram = loadTelegram(new URL('telegram.json', import.meta.url).pathname);
const places = loadPlaces(new URL('../places', import.meta.url).pathname);
const notPlaces = (JSON.parse(readFileSync(new URL('not-places.json', import.meta.url), 'utf8')) as { entries: { phrase: string; category: string; reason: string }[] }).entries;

/** Capitalised words (runs of them) left in a text once the given spans are blanked out. */
function capitalisedWordsOutside(text: string, spans: { start: number; end: number }[]): string[] {
  let blanked = text;
  for (const { start, end } of spans) blanked = blanked.slice(0, start) + ' '.repeat(end - start) + blanked.slice(end);
  return [...blanked.matchAll(/(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu)].map((match) => match[0]);
}

describe('gazetteer coverage of the telegram', () => {
  const mentions = findMentions(telegram, places);
  const exclusionPatterns = namePatterns(notPlaces.map((entry, index) => ({ id: `not-place-${index}`, variants: [{ toponym: entry.phrase, lang: 'en' }] })));

  it('leaves no capitalised word unaccounted for: each is a place spelling or a listed non-place', () => {
    const unaccounted: string[] = [];
    for (const block of telegram.blocks) {
      for (const sentence of block.sentences) {
        const placeSpans = mentions.filter((mention) => mention.sentenceId === sentence.id);
        const excludedSpans = findNames(sentence.text, exclusionPatterns);
        for (const word of capitalisedWordsOutside(sentence.text, [...placeSpans, ...excludedSpans])) unaccounted.push(`${sentence.id}: ${word}`);
      }
    }
    expect(unaccounted).toEqual([]);
  });

  it('resolves every spelling that a place marks as being in the telegram to that place', () => {
    // A spelling may stand inside a longer one of the same place ("Incheon" in "Jemulpo [Incheon]").
    const mentionTexts = (placeId: string): string[] => mentions.filter((mention) => mention.placeId === placeId).map((mention) => foldName(mention.text));
    const missing = places.flatMap((place) =>
      place.variants
        .filter((variant) => variant.inTelegram === true && !mentionTexts(place.id).some((text) => text.includes(foldName(variant.toponym))))
        .map((variant) => `${place.id}: ${variant.toponym}`),
    );
    expect(missing).toEqual([]);
  });

  it('lists as a non-place only phrases the telegram contains, each with a known category', () => {
    const sentences = telegram.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text));
    const occurs = (phrase: string): boolean => {
      const patterns = namePatterns([{ id: 'phrase', variants: [{ toponym: phrase, lang: 'en' }] }]);
      return sentences.some((text) => findNames(text, patterns).length > 0);
    };
    const stale = notPlaces.filter((entry) => !occurs(entry.phrase));
    expect(stale.map((entry) => entry.phrase)).toEqual([]);
    for (const entry of notPlaces) expect(['person', 'organisation', 'unit', 'document', 'word'], entry.phrase).toContain(entry.category);
  });

  it('computes mention offsets that point at the spelling in the sentence', () => {
    const sentences = new Map(telegram.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
    expect(mentions.length).toBeGreaterThan(40);
    for (const mention of mentions) expect(sentences.get(mention.sentenceId)?.slice(mention.start, mention.end)).toBe(mention.text);
  });
});
