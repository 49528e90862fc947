import { describe, expect, it } from 'vitest';
import { latinToCyrillic, plainLatin } from './latin-to-cyrillic';

describe('latinToCyrillic', () => {
  it.each([
    ['Odzio', 'одзё'],
    ['Kokusekiri', 'кокусэкири'],
    ['Kosiu', 'косю'],
    ['Iokhei', 'ёхэй'],
    ['Seikheisio', 'сэйхэйсё'],
    ['Khokukan-ko', 'хокуканко'],
    ['Kasaivairi', 'касайвайри'],
    ['Pan Khe-som', 'панхэсом'],
  ])('%s is first read %s', (latin, cyrillic) => {
    expect(latinToCyrillic(latin)[0]?.cyrillic).toBe(cyrillic);
  });

  it('keeps the less usual readings, costed and explained', () => {
    const readings = latinToCyrillic('Odzio');
    const split = readings.find((reading) => reading.cyrillic === 'одзио');
    expect(split?.cost).toBeGreaterThan(0);
    expect(split?.notes.join()).toContain('и + о');
  });

  it('does not join letters across a hyphen (Tok-heiri is Ток-хэйри)', () => {
    const readings = latinToCyrillic('Tok-heiri').map((reading) => reading.cyrillic);
    expect(readings).toContain('токхэйри');
    expect(readings).not.toContain('тохэйри');
  });

  it.each([['Kōsen', 'kosen'], ['Han-gang river', 'han-gang-river'], ["Kap'yŏng", "kap'yong"]])('plainLatin(%s) = %s', (input, output) => {
    expect(plainLatin(input)).toBe(output);
  });

  it('gives nothing for an empty or absurdly long spelling', () => {
    expect(latinToCyrillic('  ')).toEqual([]);
    expect(latinToCyrillic('a'.repeat(41))).toEqual([]);
  });
});
