import { describe, expect, it } from 'vitest';
import { cjkCodePoints, formatUnicodeRange, parseFontsourceCss, planSubsets, type FontSlice } from './font-plan';

const CSS = `/* a */
@font-face {
  font-family: 'Noto Serif KR';
  src: url(./files/kr-0-400-normal.woff2) format('woff2'), url(./files/kr-0-400-normal.woff) format('woff');
  unicode-range: U+ac00-ac0f,U+b000;
}
@font-face {
  font-family: 'Noto Serif KR';
  src: url(./files/kr-1-400-normal.woff2) format('woff2');
  unicode-range: U+6a6b;
}`;

describe('parseFontsourceCss', () => {
  it('reads each woff2 file with its ranges', () => {
    expect(parseFontsourceCss(CSS)).toEqual([
      { file: 'kr-0-400-normal.woff2', ranges: [[0xac00, 0xac0f], [0xb000, 0xb000]] },
      { file: 'kr-1-400-normal.woff2', ranges: [[0x6a6b, 0x6a6b]] },
    ]);
  });
});

describe('cjkCodePoints', () => {
  it.each([
    ['Latin and marks need no web font', ['Hoengsŏng, Ōjō “x” · –'], []],
    ['Hangul, Hanja and kana are kept once, sorted', ['橫城 횡성', 'オウジョウ 횡'], [0x30a6, 0x30aa, 0x30b8, 0x30e7, 0x57ce, 0x6a6b, 0xc131, 0xd6a1]],
  ])('%s', (_name, texts, expected) => {
    expect(cjkCodePoints(texts)).toEqual(expected);
  });
});

describe('planSubsets', () => {
  const kr: FontSlice[] = [{ file: 'kr-a.woff2', ranges: [[0xac00, 0xd7a3]] }, { file: 'kr-b.woff2', ranges: [[0x6a6b, 0x6a6b]] }];
  const jp: FontSlice[] = [{ file: 'jp-a.woff2', ranges: [[0x6a2a, 0x6a2a], [0x6a6b, 0x6a6b]] }];
  const families = [
    { family: 'kr', slices: kr },
    { family: 'jp', slices: jp },
  ];
  it.each([
    ['Hangul goes to the Korean slice', [0xd6a1], [{ family: 'kr', file: 'kr-a.woff2', codePoints: [0xd6a1] }], []],
    ['a character both have goes to the first family', [0x6a6b], [{ family: 'kr', file: 'kr-b.woff2', codePoints: [0x6a6b] }], []],
    ['the Japanese form goes to the Japanese family', [0x6a2a], [{ family: 'jp', file: 'jp-a.woff2', codePoints: [0x6a2a] }], []],
    ['a character no family has is reported', [0x4e1c], [], [0x4e1c]],
  ])('%s', (_name, codePoints, jobs, missing) => {
    expect(planSubsets(codePoints, families)).toEqual({ jobs, missing });
  });
});

describe('formatUnicodeRange', () => {
  it.each([
    [[0xac00], 'U+AC00'],
    [[0xac00, 0xac01, 0xac02, 0xb000], 'U+AC00-AC02,U+B000'],
    [[0x30a6, 0x30aa, 0x30ab], 'U+30A6,U+30AA-30AB'],
  ])('%j -> %s', (codePoints, expected) => {
    expect(formatUnicodeRange(codePoints)).toBe(expected);
  });
});
