import { describe, expect, it } from 'vitest';
import { normalisedDistance, readingDistance } from './reading-distance';

describe('readingDistance', () => {
  it.each([
    ['ojo', 'ojo', 0],
    ['kasai', 'kosai', 0.5], // Russian akanye: unstressed о heard as а
    ['suien', 'suigen', 1], // a lost г
    ['tokheiri', 'tokuheiri', 0.4], // devoiced u between k and h
    ['kiriudo', 'kiryudo', 0.3], // glide written as a vowel
    ['genzan', 'gensan', 0.6], // voicing
    ['abc', 'xyz', 3],
  ])('%s ~ %s = %s', (spelling, reading, distance) => {
    expect(readingDistance(spelling, reading)).toBeCloseTo(distance, 5);
  });

  it('does not make a devoiced vowel cheap between voiced sounds', () => {
    expect(readingDistance('mokdo', 'mokudo')).toBe(1);
  });

  it('normalises by the longer key and adds the chain cost', () => {
    expect(normalisedDistance('suien', 'suigen')).toBeCloseTo(1 / 6, 5);
    expect(normalisedDistance('ojo', 'ojo', 0.3)).toBeCloseTo(0.1, 5);
  });
});
