import { describe, expect, it } from 'vitest';
import { initialSoundRule, romanize } from './korean';

describe('romanize', () => {
  it.each([
    ['횡성', 'Hoengseong', 'Hoengsŏng'],
    ['흑석리', 'Heukseok-ri', 'Hŭksŏk-ri'],
    ['양평', 'Yangpyeong', "Yangp'yŏng"],
    ['종로', 'Jongno', 'Chongno'],
    ['신라', 'Silla', 'Silla'],
    ['원산', 'Wonsan', 'Wŏnsan'],
    ['인천', 'Incheon', "Inch'ŏn"],
    ['홍제내리', 'Hongjenae-ri', 'Hongjenae-ri'],
    ['목동', 'Mok-dong', 'Mok-dong'],
    ['광주', 'Gwangju', 'Kwangju'],
  ])('%s -> RR %s, MR %s', (hangul, rr, mr) => {
    expect(romanize(hangul)).toEqual({ rr, mr });
  });
});

describe('initialSoundRule (두음법칙)', () => {
  it.each([
    ['룡산', '용산'],
    ['려수', '여수'],
    ['락원', '낙원'],
    ['녀주', '여주'],
    ['한강', '한강'],
  ])('%s -> %s', (before, after) => {
    expect(initialSoundRule(before)).toBe(after);
  });
});
