import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

// One unit per character, so widths are easy to reason about.
const measure = (text: string): number => text.length;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Seoul taken', 20, ['Seoul taken']],
    ['breaks between words', 'the order of 4 January 1951', 12, ['the order of', '4 January', '1951']],
    ['keeps a long word whole', 'https://wilson-center.example/document/111207 end', 10, ['https://wilson-center.example/document/111207', 'end']],
    ['starts a new line at a newline', 'first\nsecond', 40, ['first', 'second']],
    ['collapses runs of spaces', 'a    b', 40, ['a b']],
  ])('%s', (_name, text, width, expected) => {
    expect(wrapText(text, width, measure)).toEqual(expected);
  });
});
