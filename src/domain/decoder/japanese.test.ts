import { describe, expect, it } from 'vitest';
import { cyrillicToRomaji, foldLength, hepburn, romajiToCyrillic } from './japanese';

describe('Polivanov Cyrillic -> romaji', () => {
  it.each([
    ['одзё', 'ojo'],
    ['косю', 'koshu'],
    ['ёхэй', 'yohei'],
    ['сэйхэйсё', 'seiheisho'],
    ['суиэн', 'suien'],
    ['дзинсори', 'jinsori'],
    ['кирюдо', 'kiryudo'],
    ['тибa'.replace('a', 'а'), 'chiba'],
    ['цуруга', 'tsuruga'],
    ['гэндзан', 'genzan'],
  ])('%s -> %s', (cyrillic, romaji) => {
    expect(cyrillicToRomaji(cyrillic).romaji).toBe(romaji);
  });

  it('costs letters Polivanov does not use for Japanese', () => {
    expect(cyrillicToRomaji('одзё').cost).toBe(0);
    const reading = cyrillicToRomaji('касайвайри');
    expect(reading.cost).toBeGreaterThan(0);
    expect(reading.notes).toContain('в read as w');
  });
});

describe('long vowels and Hepburn', () => {
  it.each([
    ['oujou', 'ojo'],
    ['kouryou', 'koryo'],
    ['suuji', 'suji'],
    ['seiheishou', 'seiheisho'],
  ])('foldLength(%s) = %s', (input, output) => {
    expect(foldLength(input)).toBe(output);
  });
  it.each([['oujou', 'ōjō'], ['juu', 'jū'], ['kei', 'kei']])('hepburn(%s) = %s', (input, output) => {
    expect(hepburn(input)).toBe(output);
  });
  it.each([
    ['Ōjō', 'одзё'],
    ['Kokusekiri', 'кокусэкири'],
    ['Kōshū', 'косю'],
    ['Heishō', 'хэйсё'],
    ['Tsuruga', 'цуруга'],
    ['Kyōto', 'кёто'],
  ])('romajiToCyrillic(%s) = %s', (romaji, cyrillic) => {
    expect(romajiToCyrillic(romaji)).toBe(cyrillic);
  });
});
