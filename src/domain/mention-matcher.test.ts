import { describe, expect, it } from 'vitest';
import { findNames, namePatterns } from './mention-matcher';
import { foldName } from './normalise';

const places = [
  { id: 'incheon', variants: [{ toponym: 'Jemulpo [Incheon]' }, { toponym: 'Jemulpo' }, { toponym: 'Inch’ŏn' }, { toponym: '仁川' }] },
  { id: 'han', variants: [{ toponym: 'Han-gang' }, { toponym: 'Han River' }] },
  { id: 'heukseok', variants: [{ toponym: 'Kokusekiri' }] },
  { id: 'hoengseong', variants: [{ toponym: 'Odzio' }, { toponym: 'Ōjō' }] },
].map((place) => ({ ...place, variants: place.variants.map((variant) => ({ ...variant, lang: 'en' })) }));
const patterns = namePatterns(places);

function spellings(text: string): string[] {
  return findNames(text, patterns).map(({ start, end, placeId }) => `${placeId}:${text.slice(start, end)}`);
}

describe('foldName', () => {
  it.each([
    ["Inch'ŏn", 'inchon'],
    ['Inch’ŏn', 'inchon'],
    ['ŌJŌ', 'ojo'],
    ['Han‑gang', 'hangang'],
    ['Tok-heiri', 'tokheiri'],
    ['  Han   River ', 'han river'],
  ])('%s -> %s', (input, expected) => {
    expect(foldName(input)).toBe(expected);
  });
});

describe('findNames', () => {
  it.each([
    ['to use the port at Jemulpo [Incheon] for supply', ['incheon:Jemulpo [Incheon]']],
    ['the south bank of the Han-gang river', ['han:Han-gang']],
    ['runs through Kokusekiri, Yongsan', ['heukseok:Kokusekiri']],
    ['in the region of Hongcheon, Odzio, and afterwards', ['hoengseong:Odzio']],
    ['HAN RIVER and han-gang and Han–gang', ['han:HAN RIVER', 'han:han-gang', 'han:Han–gang']],
    ['Ojo, Ōjō and ojo', ['hoengseong:Ojo', 'hoengseong:Ōjō', 'hoengseong:ojo']],
    ['仁川港', []], // CJK has no word spaces; whole-word matching deliberately leaves compounds alone
    ['Kokusekirin and Hangang-ri are other words', []],
    ['Jemulpo alone', ['incheon:Jemulpo']],
  ])('%s', (text, expected) => {
    expect(spellings(text)).toEqual(expected);
  });

  it('refuses a spelling claimed by two places', () => {
    expect(() => namePatterns([...places, { id: 'other', variants: [{ toponym: 'Odzio', lang: 'en' }] }])).toThrow(/both hoengseong and other/);
  });
});
