import { describe, expect, it } from 'vitest';
import { byMoment, describeWindow } from './statement-text';

/** As the data has it: the telegram writes only the order's time, "24:00 4.1", as 24:00. */
const WRITTEN = new Set([Date.UTC(1951, 0, 5)]);

describe('describeWindow', () => {
  it.each([
    [{ start: '1951-01-04', end: '1951-01-04T24:00', precision: 'day', inferred: false, basis: 'Today (4 January)' }, '4 January 1951'],
    // The start is the order's own "24:00 4.1"; the end, "until 7.1 inclusive", is not written as 24:00.
    [{ start: '1951-01-04T24:00', end: '1951-01-07T24:00', precision: 'days', inferred: false, basis: 'until 7.1 inclusive' }, '4 January 1951, 24:00 to 8 January 1951, 00:00'],
    [{ start: '1951-01-07T24:00', end: null, precision: 'open', inferred: true, basis: 'in three days' }, 'from 8 January 1951, 00:00, open-ended; inferred'],
    [{ start: '1951-01-03', end: '1951-01-04T24:00', precision: 'days', inferred: true, basis: 'between the two' }, '3 January 1951, 00:00 to 4 January 1951, 24:00; inferred'],
  ] as const)('%j', (when, expected) => {
    expect(describeWindow(when, WRITTEN)).toBe(expected);
  });

  it('writes the order time as 00:00 of 5 January where no data says the telegram writes it as 24:00', () => {
    const when = { start: '1951-01-04T24:00', end: null, precision: 'open', inferred: true, basis: 'from the order' } as const;
    expect(describeWindow(when, new Set())).toBe('from 5 January 1951, 00:00, open-ended; inferred');
  });
});

describe('byMoment', () => {
  it.each([
    [Date.UTC(1951, 0, 6), 'By 6 January 1951, 00:00 (the end of 5 January)'],
    [Date.UTC(1951, 0, 5), 'By 4 January 1951, 24:00'],
    [Date.UTC(1951, 0, 6, 13), 'By 6 January 1951, 13:00'],
  ])('%i', (time, expected) => {
    expect(byMoment(time, WRITTEN)).toBe(expected);
  });
});
