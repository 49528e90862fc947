import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { Place } from '../schema/place-schema';
import type { Telegram } from '../schema/telegram-schema';
import { loadTour } from './tour';

const telegram = { source: { documentId: '111207' }, blocks: [{ id: 'b', sentences: [{ id: 'o1a-1', text: 'x' }] }] } as unknown as Telegram;
const places = [{ id: 'seoul' }] as Place[];
const outcome = [{ id: 'suwon-occupied' }] as OutcomeEvent[];

const chapter = { id: 'one', title: 'One', caption: 'A caption long enough to pass.', sentenceIds: ['o1a-1'], time: '1951-01-04T24:00', timeNote: 'why', frame: ['seoul'] };

function write(tour: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'tour-')), 'tour.json');
  writeFileSync(file, JSON.stringify(tour));
  return file;
}

describe('loadTour', () => {
  it('accepts chapters whose sentences, places and events exist', () => {
    const tour = loadTour(write({ documentId: '111207', chapters: [{ ...chapter, outcomeEvents: ['suwon-occupied'] }] }), telegram, places, outcome);
    expect(tour.chapters.map((entry) => entry.id)).toEqual(['one']);
  });

  it.each([
    ['an unknown sentence', { ...chapter, sentenceIds: ['o1a-1', 'nope'] }, 'record "one": field "sentenceIds[1]": no sentence "nope"'],
    ['an unknown place', { ...chapter, frame: ['atlantis'] }, 'record "one": field "frame[0]": no place "atlantis"'],
    ['an unknown outcome event', { ...chapter, outcomeEvents: ['x'] }, 'record "one": field "outcomeEvents[0]": no outcome event "x"'],
    ['a time off the timeline', { ...chapter, time: '1951-01-12T00:00' }, 'record "one": field "chapters[0].time": a moment on the timeline'],
  ])('names the file, chapter and field for %s', (_what, bad, message) => {
    const file = write({ documentId: '111207', chapters: [bad] });
    expect(() => loadTour(file, telegram, places, outcome)).toThrow(`${file}: ${message}`);
  });

  it('rejects a duplicate chapter id and a tour of another document', () => {
    const duplicate = write({ documentId: '111207', chapters: [chapter, chapter] });
    expect(() => loadTour(duplicate, telegram, places, outcome)).toThrow('record "one": field "id": duplicate chapter id');
    const other = write({ documentId: '999', chapters: [chapter] });
    expect(() => loadTour(other, telegram, places, outcome)).toThrow('field "documentId"');
  });
});
