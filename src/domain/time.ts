/**
 * Time on the timeline is a plain millisecond count on a "document clock": dates and hours are read as the
 * telegram writes them (1951-01-04T24:00 = 1951-01-05T00:00), with no time-zone conversion, so Date.UTC is
 * used only as a calendar. The telegram's own times are in different clocks (the order in the field, receipt in
 * Moscow); the UI says so rather than converting them.
 */
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;

export const TIMELINE_START = Date.UTC(1951, 0, 3, 0, 0);
/** 8 January 1951, 24:00. */
export const TIMELINE_END = Date.UTC(1951, 0, 9, 0, 0);

/** Parses "1951-01-04T18:00" (or a date alone, or "T24:00" for the end of a day) on the document clock. */
export function parseDocumentTime(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour = 0, minute = 0] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (hour > 24 || minute > 59 || (hour === 24 && minute !== 0)) return undefined;
  const time = Date.UTC(year, month - 1, day, hour, minute);
  // Reject dates that JavaScript silently rolls over (31 February).
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return time;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** "1951-01-04T18:00", the form used in permalinks and exports. */
export function formatDocumentTime(time: number): string {
  const date = new Date(time);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Midnights the document itself writes as "24:00" of the day before (the order's "24:00 4.1"), as moments on the
 * document clock. They come from the data (`writtenMidnights` in written-times.ts), never from a date in code.
 */
export type WrittenMidnights = ReadonlySet<number>;

const NO_WRITTEN_MIDNIGHTS: WrittenMidnights = new Set();

/** True at 00:00 on the document clock. */
export function isMidnight(time: number): boolean {
  const date = new Date(time);
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
}

/** "4 January 1951", the calendar day a moment falls on. */
export function formatDay(time: number): string {
  const date = new Date(time);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}

/** True when a moment is a midnight the document writes as 24:00 of the day before. */
export function writtenAsEndOfDay(time: number, written: WrittenMidnights = NO_WRITTEN_MIDNIGHTS): boolean {
  return isMidnight(time) && written.has(time);
}

/**
 * The one rule for writing a moment, used by every readout: "4 January 1951, 18:00". A midnight is "00:00" of the
 * day it begins ("5 January 1951, 00:00"), except where the document itself writes that moment as 24:00: then it
 * reads as the document writes it, "4 January 1951, 24:00".
 */
export function formatMoment(time: number, written: WrittenMidnights = NO_WRITTEN_MIDNIGHTS): string {
  if (writtenAsEndOfDay(time, written)) return `${formatDay(time - DAY)}, 24:00`;
  const date = new Date(time);
  return `${formatDay(time)}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * A short "by when" for a label: "the end of 7 January" at a midnight (where the comparison's days stop: the
 * midnight rule writes no 24:00 the document does not), otherwise the day and hour, "6 January, 14:00". The year is
 * left to the timeline beside it.
 */
export function formatByWhen(time: number): string {
  const date = new Date(time);
  if (date.getUTCHours() === 0 && date.getUTCMinutes() === 0) {
    const dayBefore = new Date(time - DAY);
    return `the end of ${dayBefore.getUTCDate()} ${MONTHS[dayBefore.getUTCMonth()] ?? ''}`;
  }
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

export function clampToTimeline(time: number): number {
  return Math.min(TIMELINE_END, Math.max(TIMELINE_START, time));
}
