import { describe, expect, it } from 'vitest';
import type { CardKind } from './card-ref';
import { formatPermalink, parsePermalink, type PermalinkState } from './permalink';

const KNOWN: Record<CardKind, string[]> = {
  place: ['incheon', 'gimpo'],
  statement: ['pursue-to-suwon'],
  outcome: ['suwon-occupied'],
  unit: ['cpv-50-army'],
};
const known = (kind: CardKind, id: string): boolean => KNOWN[kind].includes(id);

describe('parsePermalink', () => {
  it('reads a full permalink written before cards other than places had their own field', () => {
    expect(parsePermalink('#date=1951-01-04T18:00&place=incheon&map=9.5/37.4667/126.6167&outcome=1', known)).toEqual({
      time: Date.UTC(1951, 0, 4, 18),
      card: { kind: 'place', id: 'incheon' },
      view: { zoom: 9.5, lat: 37.4667, lon: 126.6167 },
      showOutcome: true,
    });
  });

  it.each([
    ['#statement=pursue-to-suwon', { card: { kind: 'statement', id: 'pursue-to-suwon' } }],
    ['#event=suwon-occupied&outcome=1', { card: { kind: 'outcome', id: 'suwon-occupied' }, showOutcome: true }],
    ['#unit=cpv-50-army', { card: { kind: 'unit', id: 'cpv-50-army' } }],
    ['#labels=hangul', { labelLanguage: 'hangul' }],
    ['#labels=hanja&place=gimpo', { labelLanguage: 'hanja', card: { kind: 'place', id: 'gimpo' } }],
    ['#only=cpv-50-army&place=gimpo', { unitFilter: 'cpv-50-army', card: { kind: 'place', id: 'gimpo' } }],
  ])('reads the card and label fields of %s', (hash, expected) => {
    expect(parsePermalink(hash, known)).toEqual(expected);
  });

  it.each([
    ['#date=1951-01-04T18:00&place=nowhere', { time: Date.UTC(1951, 0, 4, 18) }],
    ['#date=2099-01-01T00:00&place=gimpo', { card: { kind: 'place', id: 'gimpo' } }],
    ['#date=NaN&map=NaN/1/2', {}],
    ['#date=1951-01-02T23:00', {}],
    ['#place=<script>alert(1)</script>&date=1951-01-05T00:00', { time: Date.UTC(1951, 0, 5) }],
    ['#place=%3Cimg%20src%3Dx%3E', {}],
    [`#place=${'a'.repeat(10_000)}&map=8/37.5/127`, { view: { zoom: 8, lat: 37.5, lon: 127 } }],
    ['#map=8/95/127', {}],
    ['#outcome=1&date=1951-01-05T00:00', { showOutcome: true, time: Date.UTC(1951, 0, 5) }],
    ['#outcome=yes', {}],
    ['#map=1e3/37/127', {}],
    ['#%%%garbage&&&==', {}],
    ['', {}],
    // A card id is only taken for the kind it belongs to, and only when it exists.
    ['#statement=incheon', {}],
    ['#event=pursue-to-suwon', {}],
    ['#unit=../../etc/passwd', {}],
    ['#statement=PURSUE-TO-SUWON', {}],
    [`#event=${'x'.repeat(65)}`, {}],
    // Several card fields: the first valid one in kind order wins, the broken ones are dropped.
    ['#place=nowhere&statement=pursue-to-suwon', { card: { kind: 'statement', id: 'pursue-to-suwon' } }],
    ['#statement=pursue-to-suwon&place=incheon', { card: { kind: 'place', id: 'incheon' } }],
    ['#labels=klingon&date=1951-01-05T00:00', { time: Date.UTC(1951, 0, 5) }],
    ['#labels=Hangul', {}],
    ['#labels=', {}],
    // The formation filter takes only a unit that exists.
    ['#only=gimpo', {}],
    ['#only=cpv-99-army&date=1951-01-05T00:00', { time: Date.UTC(1951, 0, 5) }],
    ['#only=CPV-50-ARMY', {}],
  ])('ignores what is wrong in %s and keeps the rest', (hash, expected) => {
    expect(parsePermalink(hash, known)).toEqual(expected);
  });
});

describe('formatPermalink', () => {
  const view = { zoom: 10, lat: 37.5581, lon: 126.7906 };
  it.each<[string, PermalinkState]>([
    ['a place with the outcome layer', { time: Date.UTC(1951, 0, 6, 7), card: { kind: 'place', id: 'gimpo' }, view, showOutcome: true }],
    ['a statement in Hangul labels', { time: Date.UTC(1951, 0, 5), card: { kind: 'statement', id: 'pursue-to-suwon' }, view, labelLanguage: 'hangul' }],
    ['an outcome event', { time: Date.UTC(1951, 0, 8, 2, 40), card: { kind: 'outcome', id: 'suwon-occupied' }, view, showOutcome: true }],
    ['a unit', { time: Date.UTC(1951, 0, 3), card: { kind: 'unit', id: 'cpv-50-army' }, view }],
    ['a map filtered to one formation', { time: Date.UTC(1951, 0, 6), card: null, view, unitFilter: 'cpv-50-army' }],
  ])('round-trips %s', (_name, state) => {
    const parsed = parsePermalink(formatPermalink(state), known);
    expect(parsed.card ?? null).toEqual(state.card);
    expect(parsed.time).toBe(state.time);
    expect(parsed.view).toEqual(view);
    expect(parsed.showOutcome).toBe(state.showOutcome);
    expect(parsed.labelLanguage).toBe(state.labelLanguage);
    expect(parsed.unitFilter).toBe(state.unitFilter);
  });

  it('keeps the address short for the defaults: no card, telegram labels, outcome layer off', () => {
    expect(formatPermalink({ time: Date.UTC(1951, 0, 5), card: null, view, labelLanguage: 'telegram', showOutcome: false })).toBe('#date=1951-01-05T00:00&map=10.00/37.5581/126.7906');
  });

  it('writes places under the field old permalinks use', () => {
    expect(formatPermalink({ time: Date.UTC(1951, 0, 5), card: { kind: 'place', id: 'incheon' }, view })).toContain('&place=incheon&');
  });
});

describe('the tour chapter field', () => {
  const view = { zoom: 10, lat: 37.5581, lon: 126.7906 };
  const chapters = new Set(['first-corps', 'what-happened']);
  const knownChapter = (id: string): boolean => chapters.has(id);

  it('round-trips a chapter beside a card', () => {
    const hash = formatPermalink({ time: Date.UTC(1951, 0, 5, 12), card: { kind: 'place', id: 'incheon' }, chapter: 'first-corps', view });
    expect(hash).toContain('&tour=first-corps&');
    expect(parsePermalink(hash, known, knownChapter)).toMatchObject({ chapter: 'first-corps', card: { kind: 'place', id: 'incheon' } });
  });

  it.each([
    ['an unknown chapter', '#tour=atlantis'],
    ['a malformed one', '#tour=First%20Corps'],
    ['one too long', `#tour=${'a'.repeat(65)}`],
  ])('drops %s and keeps the other fields', (_what, hash) => {
    const parsed = parsePermalink(`${hash}&date=1951-01-06T00:00`, known, knownChapter);
    expect(parsed.chapter).toBeUndefined();
    expect(parsed.time).toBe(Date.UTC(1951, 0, 6));
  });

  it('knows no chapter when the caller does not say which exist', () => {
    expect(parsePermalink('#tour=first-corps', known).chapter).toBeUndefined();
  });

  it('writes no field when no chapter is being read', () => {
    expect(formatPermalink({ time: Date.UTC(1951, 0, 5), card: null, chapter: null, view })).not.toContain('tour=');
  });
});
