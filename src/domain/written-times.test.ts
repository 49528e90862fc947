import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../geo/schema/situation-schema';
import { writtenMidnights } from './written-times';

const window = { start: '1951-01-04T24:00', end: '1951-01-07T24:00', precision: 'days', inferred: false, basis: 'b' } as const;

describe('writtenMidnights', () => {
  it('takes a midnight from a quote that writes 24:00, and nothing from a window alone', () => {
    const statements = [
      { when: { ...window, written: [{ time: '1951-01-04T24:00', quote: '24:00 4.1', sentenceId: 's-1' }] } },
      { when: { ...window, start: '1951-01-08T02:40', written: [{ time: '1951-01-08T02:40', quote: '02 hours, 40 minutes 8.1.1951', sentenceId: 's-2' }] } },
      { when: window },
    ];
    expect([...writtenMidnights(statements)]).toEqual([Date.UTC(1951, 0, 5)]);
  });

  it('finds in the data only the times whose quoted sentence writes 24:00', () => {
    const data = JSON.parse(readFileSync(new URL('../../geo/situation/statements.json', import.meta.url), 'utf8')) as { statements: Statement[] };
    const telegram = JSON.parse(readFileSync(new URL('../../geo/telegram/telegram.json', import.meta.url), 'utf8')) as { blocks: { sentences: { id: string; text: string }[] }[] };
    const written = new Set(telegram.blocks.flatMap((block) => block.sentences).filter((sentence) => sentence.text.includes('24:00')).map((sentence) => sentence.id));
    const quoted = data.statements.flatMap((statement) => (statement.when.written ?? []).map((entry) => entry.sentenceId));
    // Every sentence of the telegram that writes 24:00 is recorded, and the midnights are exactly the ones they write.
    expect(new Set(quoted)).toEqual(written);
    expect([...writtenMidnights(data.statements)]).toEqual([Date.UTC(1951, 0, 5)]);
  });
});
