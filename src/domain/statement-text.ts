import type { TimeWindow } from '../../geo/schema/situation-schema';
import { DAY, formatDay, formatMoment, isMidnight, parseDocumentTime, writtenAsEndOfDay, type WrittenMidnights } from './time';

export const KIND_LABEL = { reported: 'Reported', assessed: 'Expected', ordered: 'Ordered', document: 'Document' } as const;

/**
 * "4 January 1951" for a day, "from 5 January 1951, 00:00, open-ended", with "; inferred" when we derived it. Times
 * follow the one rule of formatMoment: a midnight is 00:00 of the next day unless the telegram writes it as 24:00.
 */
export function describeWindow(when: TimeWindow, written: WrittenMidnights): string {
  const start = parseDocumentTime(when.start);
  const end = when.end === null ? undefined : parseDocumentTime(when.end);
  if (start === undefined) return when.start;
  let text: string;
  if (when.precision === 'day') text = formatDay(start);
  else if (end === undefined) text = `from ${formatMoment(start, written)}, open-ended`;
  else text = `${formatMoment(start, written)} to ${formatMoment(end, written)}`;
  return when.inferred ? `${text}; inferred` : text;
}

/**
 * The heading of a comparison "by" a moment: "By 6 January 1951, 00:00 (the end of 5 January)" for a midnight the
 * telegram does not write as 24:00, "By 4 January 1951, 24:00" for one it does, "By 6 January 1951, 13:00" otherwise.
 */
export function byMoment(time: number, written: WrittenMidnights): string {
  const moment = `By ${formatMoment(time, written)}`;
  return isMidnight(time) && !writtenAsEndOfDay(time, written) ? `${moment} (the end of ${formatDay(time - DAY).replace(/ \d{4}$/, '')})` : moment;
}
