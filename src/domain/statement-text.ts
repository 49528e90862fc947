import type { TimeWindow } from '../../geo/schema/situation-schema';
import { formatReadableTime, parseDocumentTime } from './time';

export const KIND_LABEL = { reported: 'Reported', assessed: 'Expected', ordered: 'Ordered', document: 'Document' } as const;

/** "4 January 1951" for a day, "from 5 January 1951, 00:00, open-ended", with "(inferred)" when we derived it. */
export function describeWindow(when: TimeWindow): string {
  const start = parseDocumentTime(when.start);
  const end = when.end === null ? undefined : parseDocumentTime(when.end);
  if (start === undefined) return when.start;
  const day = formatReadableTime(start).replace(/, \d\d:\d\d$/, '');
  let text: string;
  if (when.precision === 'day') text = day;
  else if (end === undefined) text = `from ${formatReadableTime(start, { endOfDay: true })}, open-ended`;
  else text = `${formatReadableTime(start, { endOfDay: true })} to ${formatReadableTime(end, { endOfDay: true })}`;
  return when.inferred ? `${text}; inferred` : text;
}
