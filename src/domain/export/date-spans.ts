import { isoDateTime } from './iso-time';

/**
 * The explicit dates the telegram writes, for TEI <date when>. Only January 1951 is recognised: every date in the
 * document is in that month, and a narrower pattern cannot mistake "2.3" or "1.5 km" for a date.
 */
export interface DateSpan {
  start: number;
  end: number;
  /** ISO 8601 as TEI @when wants it: the text's "24:00 4.1" is 1951-01-05T00:00:00 (jing rejects T24:00:00). */
  when: string;
}

const DAY = '(3[01]|[12]\\d|0?[1-9])';
const NOT_AFTER_NUMBER = '(?<![\\d.:])';
// A day-month pair must not run on into more digits ("4.1.52", "4.12").
const NOT_BEFORE_NUMBER = '(?!\\d|\\.\\d)';

/** Tried in order; an earlier (longer) reading claims its characters. */
const PATTERNS: { pattern: RegExp; when: (match: RegExpExecArray) => string }[] = [
  // "24:00 4.1" (the order's own time stamp)
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}([01]\\d|2[0-4]):([0-5]\\d) ${DAY}\\.0?1${NOT_BEFORE_NUMBER}`, 'g'), when: (m) => isoDateTime(`${isoDay(m[3])}T${m[1] ?? ''}:${m[2] ?? ''}`) },
  // "8.1.1951", "7.1.51"
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}${DAY}\\.0?1\\.(?:1951|51)(?!\\d)`, 'g'), when: (m) => isoDay(m[1]) },
  // "7.1" (day.month)
  { pattern: new RegExp(`${NOT_AFTER_NUMBER}${DAY}\\.0?1${NOT_BEFORE_NUMBER}`, 'g'), when: (m) => isoDay(m[1]) },
  // "4 January", "4 January 1951"
  { pattern: new RegExp(`\\b${DAY} January(?: 1951)?\\b`, 'g'), when: (m) => isoDay(m[1]) },
  // "January 8, 1951", "[January 4]"
  { pattern: new RegExp(`\\bJanuary ${DAY}(?:, 1951)?\\b`, 'g'), when: (m) => isoDay(m[1]) },
];

function isoDay(day: string | undefined): string {
  return `1951-01-${(day ?? '').padStart(2, '0')}`;
}

export function findDates(text: string): DateSpan[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const spans: DateSpan[] = [];
  for (const { pattern, when } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      taken.fill(true, start, end);
      spans.push({ start, end, when: when(match as RegExpExecArray) });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
