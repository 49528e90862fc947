import { describe, expect, it } from 'vitest';
import { formatDistance, metresPerPixel, roundLength, scaleBar } from './scale-bar';

describe('metresPerPixel', () => {
  it('is the equator over 512 pixels at zoom 0 on the equator', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(40_075_016.686 / 512, 6);
  });

  it('halves with each zoom level', () => {
    expect(metresPerPixel(37.5, 8)).toBeCloseTo(metresPerPixel(37.5, 7) / 2, 9);
  });

  it('shrinks with the cosine of the latitude: half at 60 degrees', () => {
    expect(metresPerPixel(60, 5)).toBeCloseTo(metresPerPixel(0, 5) / 2, 6);
  });

  it('gives about 121 m per pixel over Seoul (37.57 N) at zoom 9', () => {
    // 40075016.686 * cos(37.57 deg) = 31.763e6 m; over 512 * 2^9 = 262144 px: 121.17 m; at zoom 8 twice that.
    expect(metresPerPixel(37.57, 9)).toBeCloseTo(121.17, 1);
    expect(metresPerPixel(37.57, 8)).toBeCloseTo(242.34, 1);
  });
});

describe('roundLength', () => {
  it.each([
    [1, 1],
    [1.9, 1],
    [2, 2],
    [4.99, 2],
    [5, 5],
    [9.99, 5],
    [10, 10],
    [999, 500],
    [1000, 1000],
    [1999, 1000],
    [29_000, 20_000],
    [74_000, 50_000],
    [100_000, 100_000],
    [0.37, 0.2],
  ])('%d m -> %d m', (max, expected) => {
    expect(roundLength(max)).toBe(expected);
  });

  it('refuses a length that is not positive', () => {
    expect(() => roundLength(0)).toThrow();
    expect(() => roundLength(Number.NaN)).toThrow();
  });
});

describe('formatDistance', () => {
  it.each([
    [500, '500 m'],
    [1000, '1 km'],
    [2000, '2 km'],
    [50_000, '50 km'],
  ])('%d m reads %s', (metres, label) => {
    expect(formatDistance(metres)).toBe(label);
  });
});

describe('scaleBar', () => {
  it('picks the longest round length that fits and says how long it is drawn', () => {
    // Zoom 8 at 37.57 N: 242.34 m/px, so 120 px hold 29.08 km and the bar is 20 km, 82.5 px long.
    const bar = scaleBar(37.57, 8, 120);
    expect(bar.metres).toBe(20_000);
    expect(bar.label).toBe('20 km');
    expect(bar.pixels).toBeCloseTo(20_000 / metresPerPixel(37.57, 8), 9);
    expect(bar.pixels).toBeCloseTo(82.53, 1);
  });

  it('is never longer than the room it is given, and at least 40% of it', () => {
    for (const zoom of [5, 6.3, 7, 8.75, 10, 12.2]) {
      for (const latitude of [36.5, 37.5, 38.5]) {
        const bar = scaleBar(latitude, zoom, 120);
        expect(bar.pixels).toBeLessThanOrEqual(120);
        expect(bar.pixels).toBeGreaterThanOrEqual(48);
      }
    }
  });

  it('depends on the latitude: the same zoom gives a longer bar further north', () => {
    expect(scaleBar(38.5, 8, 120).pixels).toBeGreaterThan(scaleBar(36.5, 8, 120).pixels);
  });
});
