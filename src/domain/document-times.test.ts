import { describe, expect, it } from 'vitest';
import { timelineReadout } from './document-times';
import { parseDocumentTime } from './time';

/** As the data has it: the telegram writes only the order's time, "24:00 4.1", as 24:00. */
const WRITTEN = new Set([Date.UTC(1951, 0, 5)]);

describe('timelineReadout', () => {
  it('writes no midnight as 24:00 when the data records none', () => {
    expect(timelineReadout(Date.UTC(1951, 0, 5), new Set())).toBe('5 January 1951, 00:00 — the order is sent');
  });

  it.each([
    ['1951-01-04T18:00', '4 January 1951, 18:00 — before the order was sent'],
    ['1951-01-04T24:00', '4 January 1951, 24:00 (as the telegram writes it) — the order is sent'],
    ['1951-01-06T00:00', '6 January 1951, 00:00 — after the order was sent'],
    ['1951-01-05T09:00', '5 January 1951, 09:00 — after the order was sent'],
    ['1951-01-07T12:00', '7 January 1951, 12:00 — Mao forwards the order to Stalin (dated 7 January)'],
    ['1951-01-08T01:00', '8 January 1951, 01:00 — the telegram is on its way to Moscow'],
    ['1951-01-08T23:00', '8 January 1951, 23:00 — after the telegram reached Moscow'],
    ['1951-01-08T00:00', '8 January 1951, 00:00 — the telegram is on its way to Moscow'],
    ['1951-01-08T24:00', '9 January 1951, 00:00 — after the telegram reached Moscow'],
  ])('%s', (input, expected) => {
    expect(timelineReadout(parseDocumentTime(input) ?? Number.NaN, WRITTEN)).toBe(expected);
  });
});
