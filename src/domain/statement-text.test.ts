import { describe, expect, it } from 'vitest';
import { describeWindow } from './statement-text';

describe('describeWindow', () => {
  it.each([
    [{ start: '1951-01-04', end: '1951-01-04T24:00', precision: 'day', inferred: false, basis: 'Today (4 January)' }, '4 January 1951'],
    [{ start: '1951-01-04T24:00', end: '1951-01-07T24:00', precision: 'days', inferred: false, basis: 'until 7.1 inclusive' }, '4 January 1951, 24:00 to 7 January 1951, 24:00'],
    [{ start: '1951-01-07T24:00', end: null, precision: 'open', inferred: true, basis: 'in three days' }, 'from 7 January 1951, 24:00, open-ended; inferred'],
  ] as const)('%j', (when, expected) => {
    expect(describeWindow(when)).toBe(expected);
  });
});
