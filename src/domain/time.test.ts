import { describe, expect, it } from 'vitest';
import { formatByWhen, formatDay, formatDocumentTime, formatMoment, parseDocumentTime, TIMELINE_END, TIMELINE_START, writtenAsEndOfDay } from './time';

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

  it('writes every midnight as 00:00 of the day it begins, unless the document writes that moment as 24:00', () => {
    const orderSent = Date.UTC(1951, 0, 5);
    const written = new Set([orderSent]);
    expect(formatMoment(TIMELINE_END, written)).toBe('9 January 1951, 00:00');
    expect(formatMoment(orderSent, written)).toBe('4 January 1951, 24:00');
    expect(formatMoment(orderSent)).toBe('5 January 1951, 00:00');
    expect(formatMoment(Date.UTC(1951, 0, 8), written)).toBe('8 January 1951, 00:00');
    expect(formatMoment(Date.UTC(1951, 0, 4, 18), written)).toBe('4 January 1951, 18:00');
  });

  it('keeps a written moment that is not a midnight in its own hour', () => {
    const received = Date.UTC(1951, 0, 8, 2, 40);
    expect(formatMoment(received, new Set([received]))).toBe('8 January 1951, 02:40');
    expect(writtenAsEndOfDay(received, new Set([received]))).toBe(false);
  });

  it('writes the day alone', () => {
    expect(formatDay(Date.UTC(1951, 0, 4, 18))).toBe('4 January 1951');
  });
});

describe('formatByWhen (the swipe map labels)', () => {
  it.each([
    [Date.UTC(1951, 0, 8), 'the end of 7 January'],
    [TIMELINE_END, 'the end of 8 January'],
    [Date.UTC(1951, 0, 6, 14), '6 January, 14:00'],
    [Date.UTC(1951, 0, 5, 0, 30), '5 January, 00:30'],
    [Date.UTC(1951, 1, 1), 'the end of 31 January'],
  ])('%s reads %s', (time, expected) => {
    expect(formatByWhen(time)).toBe(expected);
  });
});
