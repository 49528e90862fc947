import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Place } from '../../geo/schema/place-schema';
import { outcomeOnlyPlaces, searchOutcomePlaces } from './outcome-places';
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

describe('the gazetteer as recorded in geo/places', () => {
  const gazetteer = readdirSync(new URL('../../geo/places/', import.meta.url))
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(new URL(`../../geo/places/${file}`, import.meta.url), 'utf8')) as Place);
  const toKatakana = (text: string): string => Array.from(text, (character) => {
    const code = character.codePointAt(0) ?? 0;
    return code >= 0x3041 && code <= 0x3096 ? String.fromCodePoint(code + 0x60) : character;
  }).join('');
  const kanaReadings = gazetteer.flatMap((place) => place.variants.filter((variant) => variant.lang === 'ja-Jpan' && /^[\u3041-\u3096]+$/u.test(variant.toponym)).map((variant) => ({ id: place.id, katakana: toKatakana(variant.toponym) })));

  it('has kana readings to check', () => {
    expect(kanaReadings.length).toBeGreaterThan(10);
  });

  it.each(kanaReadings)('the katakana $katakana finds $id first', ({ id, katakana }) => {
    expect(searchPlaces(katakana, gazetteer)[0]?.placeId).toBe(id);
  });

  // Readings the gazetteer writes only in Latin letters (Kinpo, Kandō, Kiryūdō, Mokudō): their katakana, written by
  // the Hepburn rules the romaji follow, finds them too.
  it.each([
    ['キンポ', ['gimpo', 'gimpo-airfield']],
    ['カンドウ', ['kando']],
    ['キリュウドウ', ['kiriudo']],
    ['モクドウ', ['mokudo']],
    ['ゲンシュー', ['wonju']],
    ['ｹﾞﾝｼｭｳ', ['wonju']], // half-width katakana
  ])('the katakana %s finds %j first', (katakana, ids) => {
    expect(ids).toContain(searchPlaces(katakana, gazetteer)[0]?.placeId);
  });

  it('finds Wonju by the period spelling Wonjoo', () => {
    expect(searchPlaces('Wonjoo', gazetteer)[0]?.placeId).toBe('wonju');
  });
});

describe('searchOutcomePlaces', () => {
  const point = (label: string, coordinates: [number, number]) => ({ label, coordinates, source: { ref: 'a-source', supports: 'coordinates' } });
  const version = { date: { start: '1951-01-08', precision: 'day' }, account: 'An account.', sources: [{ ref: 'a-source', supports: 'it' }] };
  const events: OutcomeEvent[] = [
    { id: 'occupied', kind: 'captured', title: 'Occupied', places: ['wonju'], alsoNamed: ['Yeoju'], versions: [version] },
    {
      id: 'line',
      kind: 'line-held',
      title: 'A line',
      places: ['wonju'],
      alsoNamed: ['Yeoju', 'Yoju'],
      geometry: { type: 'line', points: [point("Pyeongtaek (P'yongt'aek)", [127.1, 37]), point('Wonju (gazetteer id: wonju)', [127.9, 37.3])] },
      versions: [version],
    },
  ];
  const outcomePlaces = outcomeOnlyPlaces(events, places);

  it('keeps one record per name the gazetteer lacks, with every spelling and every event that names it', () => {
    expect(outcomePlaces).toEqual([
      { name: 'Yeoju', spellings: ['Yeoju', 'Yoju'], eventIds: ['occupied', 'line'] },
      { name: 'Pyeongtaek', spellings: ['Pyeongtaek', "P'yongt'aek"], eventIds: ['line'] },
    ]);
  });

  it.each([
    ['Yoju', 'Yeoju', 'Yoju'],
    ['yeoju', 'Yeoju', 'Yeoju'],
    ['Pyongtaek', 'Pyeongtaek', "P'yongt'aek"],
  ])('%s finds %s (by %s)', (query, name, matched) => {
    const [first] = searchOutcomePlaces(query, outcomePlaces);
    expect(first?.place.name).toBe(name);
    expect(first?.matched).toBe(matched);
  });

  it('does not offer a gazetteer place as an outcome-only one', () => {
    expect(searchOutcomePlaces('Wonju', outcomePlaces)).toEqual([]);
  });
});

describe('the outcome data as recorded in geo/outcome', () => {
  it('finds Yeoju, which only the outcome accounts name, by "Yoju"', () => {
    const gazetteer = readdirSync(new URL('../../geo/places/', import.meta.url))
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(new URL(`../../geo/places/${file}`, import.meta.url), 'utf8')) as Place);
    const { events } = JSON.parse(readFileSync(new URL('../../geo/outcome/events.json', import.meta.url), 'utf8')) as { events: OutcomeEvent[] };
    const [first] = searchOutcomePlaces('Yoju', outcomeOnlyPlaces(events, gazetteer));
    expect(first?.place.name).toBe('Yeoju');
    expect(first?.place.eventIds).toContain('yangpyeong-yeoju-icheon-occupied');
    expect(searchPlaces('Yoju', gazetteer)).toEqual([]); // no record in the telegram's gazetteer
  });
});
