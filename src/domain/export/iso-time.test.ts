import { describe, expect, it } from 'vitest';
import { exportTimeFields, isoDateTime, isoEndOfDate } from './iso-time';

describe('isoDateTime', () => {
  it.each([
    ['1951-01-04T24:00', '1951-01-05T00:00:00'],
    ['1951-01-31T24:00', '1951-02-01T00:00:00'],
    ['1950-12-31T24:00', '1951-01-01T00:00:00'],
    ['1951-01-04T18:30', '1951-01-04T18:30:00'],
    ['1951-01-03', '1951-01-03T00:00:00'],
  ])('%s -> %s', (written, iso) => {
    expect(isoDateTime(written)).toBe(iso);
  });

  it.each(['1951-01-04T24:30', '1951-02-30', '4.1.1951', ''])('refuses %j', (written) => {
    expect(() => isoDateTime(written)).toThrow(/document clock/);
  });
});

describe('isoEndOfDate', () => {
  it.each([
    ['1951-01-04', '1951-01-05T00:00:00'],
    ['1950-12-31', '1951-01-01T00:00:00'],
    ['1951-01-04T15:00', '1951-01-04T15:00:00'],
    ['1951-01-04T24:00', '1951-01-05T00:00:00'],
  ])('%s -> %s', (written, iso) => {
    expect(isoEndOfDate(written)).toBe(iso);
  });
});

describe('exportTimeFields', () => {
  it('keeps the wording beside the machine time', () => {
    expect(exportTimeFields({ start: '1951-01-03', end: '1951-01-04T24:00' })).toEqual({
      start: '1951-01-03T00:00:00',
      end: '1951-01-05T00:00:00',
      open_end: false,
      start_as_written: '1951-01-03',
      end_as_written: '1951-01-04T24:00',
    });
  });

  it('says so when a window is open-ended', () => {
    expect(exportTimeFields({ start: '1951-01-04T24:00', end: null })).toEqual({
      start: '1951-01-05T00:00:00',
      end: null,
      open_end: true,
      start_as_written: '1951-01-04T24:00',
      end_as_written: null,
    });
  });
});
