import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { telegramPlainText } from '../../src/domain/telegram-text';
import { loadTelegram } from '../build/dataset';

const telegram = loadTelegram(new URL('telegram.json', import.meta.url).pathname);

/** The source Markdown reduced to plain text: no bold or heading marks, no trailing hard-break spaces. */
function sourcePlainText(): string {
  const markdown = readFileSync(new URL('../sources/telegram-1951-01-04.md', import.meta.url), 'utf8');
  return markdown
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trimEnd())
        .join('\n')
        .replace(/^\*\*([\s\S]*)\*\*$/, '$1')
        .replace(/^## /, ''),
    )
    .join('\n\n');
}

describe('the telegram data', () => {
  it('reproduces the source translation exactly, word for word and in order', () => {
    expect(telegramPlainText(telegram)).toBe(sourcePlainText());
  });

  it('keeps the document times the map relies on', () => {
    const text = telegramPlainText(telegram);
    expect(text).toContain('Received 02 hours, 40 minutes\n8.1.1951');
    expect(text).toContain('sent 24:00 4.1 [January 4]');
    expect(text).toContain('No. 103\n7.1.51.');
  });
});
