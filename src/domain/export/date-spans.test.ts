import { describe, expect, it } from 'vitest';
import { findDates } from './date-spans';

function dates(text: string): string[] {
  return findDates(text).map(({ start, end, when }) => `${text.slice(start, end)}=${when}`);
}

describe('findDates', () => {
  it.each([
    ['Today (4 January) the 116th infantry division', ['4 January=1951-01-04']],
    ['was also taken on 3 January by units', ['3 January=1951-01-03']],
    ['sent 24:00 4.1 [January 4].', ['24:00 4.1=1951-01-05T00:00:00', 'January 4=1951-01-04']],
    ['24:00 4.1.', ['24:00 4.1=1951-01-05T00:00:00']],
    ['at 18:30 3.1 the', ['18:30 3.1=1951-01-03T18:30:00']],
    ['rest for three days (until 7.1 inclusive)', ['7.1=1951-01-07']],
    ['Received 02 hours, 40 minutes\n8.1.1951', ['8.1.1951=1951-01-08']],
    ['No. 103\n7.1.51.', ['7.1.51=1951-01-07']],
    ['January 8, 1951', ['January 8, 1951=1951-01-08']],
    ['transmitting 4 January 1951 message', ['4 January 1951=1951-01-04']],
    // Not dates: other months, decimals, version numbers, ordinals, parts of longer numbers.
    ['GSHHG 2.3.7 (Wessel & Smith 1996)', []],
    ['a 1.5 km offset', []],
    ['on 4.12 and 14.11', []],
    ['the 116th and 117th divisions, 1st Corps', []],
    ['1. Today', []],
    ['Listy 88-90, No. 103', []],
    ['4.1.52', []],
    ['32 January', []],
  ])('%j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });
});
