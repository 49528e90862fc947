import { describe, expect, it } from 'vitest';
import type { Place } from '../../../geo/schema/place-schema';
import type { Decoder } from './decoder';
import type { Candidate, DecodeResult } from './decoder-types';
import { CARD_CANDIDATES, needsSuggestions, suggestionsFor, suggestionsGeoJson } from './place-candidates';

const place = (confidence: string, geometry: Place['geometry'], variants: { toponym: string; inTelegram?: boolean }[] = []): Place =>
  ({ id: 'kando', confidence, geometry, variants }) as unknown as Place;

/** A decoder that records what it is asked and answers with the spelling only. */
function recordingDecoder(): { decoder: Decoder; calls: { spelling: string; options: unknown }[] } {
  const calls: { spelling: string; options: unknown }[] = [];
  const decoder = {
    decode: (spelling: string, options: unknown) => {
      calls.push({ spelling, options });
      return { spelling, candidates: [] };
    },
  } as unknown as Decoder;
  return { decoder, calls };
}

const candidate = (rr: string, located: { lat: number | null; lon: number | null } | null): Candidate =>
  ({ rr, place: located === null ? null : { id: `village:${rr}`, name: rr, source: 'villages', ...located } }) as unknown as Candidate;

describe('which places get decoder suggestions', () => {
  it.each([
    ['unidentified', true],
    ['low', true],
    ['medium', false],
    ['high', false],
  ])('a place of %s confidence: %s', (confidence, expected) => {
    expect(needsSuggestions(place(confidence, { type: 'Point', coordinates: [127, 37] }))).toBe(expected);
  });
});

describe('suggestions for a place', () => {
  const square: [number, number][] = [
    [127, 37],
    [127.1, 37],
    [127.1, 37.1],
    [127, 37],
  ];

  it('decodes each spelling the telegram writes, not the others, ranked against the area the sentence implies', () => {
    const { decoder, calls } = recordingDecoder();
    const result = suggestionsFor(
      place('unidentified', { type: 'Polygon', coordinates: [square] }, [{ toponym: 'Kando', inTelegram: true }, { toponym: 'Kanto' }, { toponym: 'Kan-do', inTelegram: true }]),
      decoder,
    );
    expect(calls).toEqual([
      { spelling: 'Kando', options: { limit: CARD_CANDIDATES, area: [[square]] } },
      { spelling: 'Kan-do', options: { limit: CARD_CANDIDATES, area: [[square]] } },
    ]);
    expect(result).toEqual({ placeId: 'kando', areaBasis: 'area', spellings: [{ spelling: 'Kando', candidates: [] }, { spelling: 'Kan-do', candidates: [] }] });
  });

  it('ranks a low point against that point, as a ring of one point', () => {
    const { decoder, calls } = recordingDecoder();
    const result = suggestionsFor(place('low', { type: 'Point', coordinates: [127.5, 37.2] }, [{ toponym: 'Kiriudo', inTelegram: true }]), decoder);
    expect(calls[0]?.options).toEqual({ limit: CARD_CANDIDATES, area: [[[[127.5, 37.2], [127.5, 37.2]]]] });
    expect(result.areaBasis).toBe('proposed point');
  });

  it('decodes without an area when the place has neither a polygon nor a point', () => {
    const { decoder, calls } = recordingDecoder();
    suggestionsFor(place('unidentified', { type: 'LineString', coordinates: [[127, 37], [127.1, 37.1]] } as Place['geometry'], [{ toponym: 'Songcheon', inTelegram: true }]), decoder);
    expect(calls[0]?.options).toEqual({ limit: CARD_CANDIDATES });
  });
});

describe('suggestions as map points', () => {
  it('draws each located candidate at its place, numbered by its rank among all candidates of its spelling', () => {
    const spelling = (name: string, candidates: Candidate[]): DecodeResult => ({ spelling: name, candidates });
    const collection = suggestionsGeoJson([
      { placeId: 'kando', areaBasis: 'area', spellings: [spelling('Kando', [candidate('Gando', { lat: 37.1, lon: 127.2 }), candidate('Gamdo', null), candidate('Gangdo', { lat: null, lon: 127 }), candidate('Gaendo', { lat: 37.3, lon: 127.4 })])] },
      { placeId: 'kiriudo', areaBasis: 'proposed point', spellings: [spelling('Kiriudo', [candidate('Giryudo', { lat: 36.9, lon: 127.9 })])] },
    ]);
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [127.2, 37.1] }, properties: { placeId: 'kando', rank: 1, label: '1. Gando?', spelling: 'Kando' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [127.4, 37.3] }, properties: { placeId: 'kando', rank: 4, label: '4. Gaendo?', spelling: 'Kando' } },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [127.9, 36.9] }, properties: { placeId: 'kiriudo', rank: 1, label: '1. Giryudo?', spelling: 'Kiriudo' } },
    ]);
  });

  it('is empty when nothing was suggested', () => {
    expect(suggestionsGeoJson([])).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
