import { describe, expect, it } from 'vitest';
import { parseTermMarkup, strayBraces } from './term-markup';

describe('parseTermMarkup', () => {
  it.each([
    ['plain text', 'No terms here.', [{ kind: 'text', text: 'No terms here.' }]],
    ['a term with its own words', 'the {{onyomi|on reading}} of 横', [
      { kind: 'text', text: 'the ' },
      { kind: 'term', termId: 'onyomi', text: 'on reading' },
      { kind: 'text', text: ' of 横' },
    ]],
    ['a term shown by its label, at the start', '{{nrvs}} is unexplained', [
      { kind: 'term', termId: 'nrvs', text: undefined },
      { kind: 'text', text: ' is unexplained' },
    ]],
    ['two terms side by side', '{{hanja|Hanja}}{{onyomi}}', [
      { kind: 'term', termId: 'hanja', text: 'Hanja' },
      { kind: 'term', termId: 'onyomi', text: undefined },
    ]],
  ])('%s', (_name, text, pieces) => {
    expect(parseTermMarkup(text)).toEqual(pieces);
  });

  it.each([
    ['a well-formed mark', 'see {{hanja|Hanja}}', false],
    ['an unclosed mark', 'see {{hanja|Hanja}', true],
    ['an id that is not kebab-case', 'see {{Hanja}}', true],
    ['a lone brace', 'a } here', true],
  ])('strayBraces: %s', (_name, text, stray) => {
    expect(strayBraces(text)).toBe(stray);
  });
});
