import { describe, expect, it } from 'vitest';
import type { Chapter, Tour } from '../../geo/schema/tour-schema';
import { chapterPosition, chapterView } from './tour';

const chapter = (id: string, extra: Partial<Chapter> = {}): Chapter => ({
  id,
  title: id,
  caption: 'A caption of the chapter.',
  sentenceIds: ['o1a-1'],
  time: '1951-01-04T24:00',
  timeNote: 'why',
  frame: ['seoul'],
  ...extra,
});

const tour: Tour = { documentId: '111207', chapters: [chapter('a'), chapter('b', { time: '1951-01-08T02:40', outcomeEvents: ['x'], frame: ['suwon', 'seoul'] }), chapter('c')] };

describe('chapterView', () => {
  it('reads 24:00 as the end of the day and keeps the outcome layer off without outcome events', () => {
    expect(chapterView(chapter('a'))).toEqual({ time: Date.UTC(1951, 0, 5), showOutcome: false, highlightedSentenceIds: ['o1a-1'], framePlaceIds: ['seoul'] });
  });

  it('turns the outcome layer on for a chapter that tells of outcome events', () => {
    const view = chapterView(tour.chapters[1] as Chapter);
    expect(view.showOutcome).toBe(true);
    expect(view.time).toBe(Date.UTC(1951, 0, 8, 2, 40));
    expect(view.framePlaceIds).toEqual(['suwon', 'seoul']);
  });

  it('refuses a time that is not a moment', () => {
    expect(() => chapterView(chapter('bad', { time: '1951-01-04T25:00' }))).toThrow('tour chapter "bad"');
  });
});

describe('chapterPosition', () => {
  it.each([
    ['a', 0, undefined, 'b'],
    ['b', 1, 'a', 'c'],
    ['c', 2, 'b', undefined],
  ])('%s is chapter %i, between %s and %s', (id, index, previous, next) => {
    const position = chapterPosition(tour, id);
    expect(position?.index).toBe(index);
    expect(position?.previous?.id).toBe(previous);
    expect(position?.next?.id).toBe(next);
  });

  it('knows nothing of a chapter the tour does not have', () => {
    expect(chapterPosition(tour, 'zz')).toBeUndefined();
  });
});
