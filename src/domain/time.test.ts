import { describe, expect, it } from 'vitest';
import { formatByWhen, formatDocumentTime, formatReadableTime, parseDocumentTime, TIMELINE_END, TIMELINE_START } from './time';

describe('parseDocumentTime', () => {
  it.each([
    ['1951-01-04T18:00', Date.UTC(1951, 0, 4, 18)],
    ['1951-01-04', Date.UTC(1951, 0, 4)],
    ['1951-01-04T24:00', Date.UTC(1951, 0, 5)],
    ['1951-01-08T02:40', Date.UTC(1951, 0, 8, 2, 40)],
  ])('%s', (input, expected) => {
    expect(parseDocumentTime(input)).toBe(expected);
  });

  it.each(['', 'garbage', '1951-02-31', '1951-13-01', '1951-01-04T25:00', '1951-01-04T24:30', '1951-01-04T18:00Z', '<script>', 'NaN'])(
    'rejects %j',
    (input) => {
      expect(parseDocumentTime(input)).toBeUndefined();
    },
  );
});

describe('formatting', () => {
  it('round-trips the permalink form', () => {
    expect(formatDocumentTime(Date.UTC(1951, 0, 4, 18))).toBe('1951-01-04T18:00');
    expect(parseDocumentTime(formatDocumentTime(TIMELINE_START))).toBe(TIMELINE_START);
  });

  it('reads the end of the timeline as 8 January, 24:00', () => {
    expect(formatReadableTime(TIMELINE_END, { endOfDay: true })).toBe('8 January 1951, 24:00');
    expect(formatReadableTime(TIMELINE_END)).toBe('9 January 1951, 00:00');
    expect(formatReadableTime(Date.UTC(1951, 0, 4, 18))).toBe('4 January 1951, 18:00');
  });
});

describe('formatByWhen (the swipe map labels)', () => {
  it.each([
    [Date.UTC(1951, 0, 8), '7 January'],
    [TIMELINE_END, '8 January'],
    [Date.UTC(1951, 0, 6, 14), '6 January, 14:00'],
    [Date.UTC(1951, 0, 5, 0, 30), '5 January, 00:30'],
    [Date.UTC(1951, 1, 1), '31 January'],
  ])('%s reads %s', (time, expected) => {
    expect(formatByWhen(time)).toBe(expected);
  });
});
