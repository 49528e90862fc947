import { describe, expect, it } from 'vitest';
import { htmlToPlainText } from './credits';

describe('htmlToPlainText', () => {
  it.each([
    ['GSHHG 2.3.7 (Wessel &amp; Smith 1996), LGPL-3.0+.', 'GSHHG 2.3.7 (Wessel & Smith 1996), LGPL-3.0+.'],
    ['<a href="https://example.org">&copy; contributors</a>', '© contributors'],
    ['&lt;b&gt; &#65;&#x42; &unknown;', '<b> AB &unknown;'],
  ])('%j -> %j', (html, text) => {
    expect(htmlToPlainText(html)).toBe(text);
  });
});
