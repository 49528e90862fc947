import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { Statement } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { loadComparisons } from './comparisons';

const telegram = { source: { documentId: '111207' } } as unknown as Telegram;
const statements = [
  { id: 'order', kind: 'ordered' },
  { id: 'expectation', kind: 'assessed' },
  { id: 'report', kind: 'reported' },
] as Statement[];
const outcome = [{ id: 'event' }] as OutcomeEvent[];
const row = { statement: 'order', events: ['event'], verdict: 'carried-out', summary: 'A summary that names the difference.' };

function write(comparisons: unknown[]): string {
  const file = join(mkdtempSync(join(tmpdir(), 'comparisons-')), 'comparisons.json');
  writeFileSync(file, JSON.stringify({ documentId: '111207', comparisons }));
  return file;
}

describe('loadComparisons', () => {
  it('accepts readings of orders and expectations that rest on known events', () => {
    expect(loadComparisons(write([row, { ...row, statement: 'expectation', verdict: 'not-borne-out' }]), telegram, statements, outcome)).toHaveLength(2);
  });

  it.each([
    ['an unknown statement', { ...row, statement: 'nope' }, 'record "#0": field "statement": no statement "nope"'],
    ['a report, which is neither plan nor expectation', { ...row, statement: 'report' }, 'record "report": field "statement": a reported statement'],
    ['an unknown event', { ...row, events: ['event', 'ghost'] }, 'record "order": field "events[1]": no outcome event "ghost"'],
    ['an order "not borne out"', { ...row, verdict: 'not-borne-out' }, 'record "order": field "verdict"'],
    ['a verdict outside the list', { ...row, verdict: 'maybe' }, 'field "comparisons[0].verdict"'],
  ])('fails naming file, record and field for %s', (_what, bad, message) => {
    const file = write([bad]);
    expect(() => loadComparisons(file, telegram, statements, outcome)).toThrow(`${file}: `);
    expect(() => loadComparisons(file, telegram, statements, outcome)).toThrow(message);
  });

  it('rejects two readings of one statement', () => {
    expect(() => loadComparisons(write([row, row]), telegram, statements, outcome)).toThrow('record "order": field "statement": a second reading');
  });
});
