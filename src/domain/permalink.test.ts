import { describe, expect, it } from 'vitest';
import { formatPermalink, parsePermalink } from './permalink';

const known = (id: string): boolean => ['incheon', 'gimpo'].includes(id);

describe('parsePermalink', () => {
  it('reads a full permalink', () => {
    expect(parsePermalink('#date=1951-01-04T18:00&place=incheon&map=9.5/37.4667/126.6167', known)).toEqual({
      time: Date.UTC(1951, 0, 4, 18),
      placeId: 'incheon',
      view: { zoom: 9.5, lat: 37.4667, lon: 126.6167 },
    });
  });

  it.each([
    ['#date=1951-01-04T18:00&place=nowhere', { time: Date.UTC(1951, 0, 4, 18) }],
    ['#date=2099-01-01T00:00&place=gimpo', { placeId: 'gimpo' }],
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
  ])('ignores what is wrong in %s and keeps the rest', (hash, expected) => {
    expect(parsePermalink(hash, known)).toEqual(expected);
  });
});

describe('formatPermalink', () => {
  it('round-trips', () => {
    const state = { time: Date.UTC(1951, 0, 6, 7), placeId: 'gimpo', view: { zoom: 10, lat: 37.5581, lon: 126.7906 }, showOutcome: true };
    const parsed = parsePermalink(formatPermalink(state), known);
    expect(parsed).toEqual({ time: state.time, placeId: 'gimpo', view: state.view, showOutcome: true });
  });
});
