import { describe, expect, it } from 'vitest';
import { editDistance, searchPlaces } from './place-search';

const v = (toponym: string) => ({ toponym, lang: 'en' });
const places = [
  { id: 'incheon', title: 'Incheon', names: { hangul: '인천', hanja: '仁川' }, variants: [v('Jemulpo [Incheon]'), v('Chemulpo'), v("Inch'ŏn"), v('Inchon'), v('Jinsen')] },
  { id: 'gimpo', title: 'Gimpo', names: { hangul: '김포', hanja: '金浦' }, variants: [v('Gimpo'), v('Kimpo'), v('K-14')] },
  { id: 'icheon', title: 'Icheon', names: { hangul: '이천', hanja: '利川' }, variants: [v('Icheon'), v("Ich'ŏn"), v('Ichon'), v('Risen')] },
  { id: 'wonju', title: 'Wonju', names: { hangul: '원주', hanja: '原州' }, variants: [v('Wonju'), v('Genshū'), { toponym: 'げんしゅう', lang: 'ja-Jpan' }] },
];

function firstHit(query: string): string | undefined {
  return searchPlaces(query, places)[0]?.placeId;
}

describe('searchPlaces', () => {
  it.each([
    ['Chemulpo', 'incheon'],
    ["Inch'on", 'incheon'],
    ['Inch’ŏn', 'incheon'],
    ['Inchon', 'incheon'],
    ['Jinsen', 'incheon'],
    ['인천', 'incheon'],
    ['仁川', 'incheon'],
    ['jemulpo', 'incheon'],
    ['Kimpo', 'gimpo'],
    ['kimpo', 'gimpo'],
    ['Chemulpho', 'incheon'], // one typo
    ['Jemlupo', 'incheon'], // a swap
    ['Ichon', 'icheon'],
    ['Wonjoo', 'wonju'], // English "oo" for u
    ['WONJOO', 'wonju'],
    ['ゲンシュウ', 'wonju'], // katakana for the hiragana the gazetteer writes
    ['げんしゅう', 'wonju'],
    ['Ich’eon', 'icheon'], // RR eo for MR ŏ
  ])('%s finds %s first', (query, expected) => {
    expect(firstHit(query)).toBe(expected);
  });

  it('returns nothing for nothing, and nothing for nonsense', () => {
    expect(searchPlaces('   ', places)).toEqual([]);
    expect(searchPlaces('Vladivostok', places)).toEqual([]);
  });

  it('gives one result per place, best first', () => {
    const results = searchPlaces('i', places);
    expect(results.map((result) => result.placeId)).toEqual(['icheon', 'incheon', 'gimpo']); // two prefixes, then a contained letter
    expect(results.map((result) => result.score)).toEqual([1, 1, 2]);
  });
});

describe('editDistance', () => {
  it.each([
    ['kimpo', 'kimpo', 0],
    ['kimpo', 'gimpo', 1],
    ['jemlupo', 'jemulpo', 1],
    ['abc', 'xyz', 3],
  ])('%s ~ %s = %i', (a, b, expected) => {
    expect(editDistance(a, b, 3)).toBe(expected);
  });
});
