import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Statement } from '../../geo/schema/situation-schema';
import { DOCUMENT_TIMES } from './document-times';
import { formatDay, formatMoment, parseDocumentTime, TIMELINE_END, TIMELINE_START, type WrittenMidnights } from './time';

export type TimelineEventKind = Statement['kind'] | 'outcome';

/** A moment the timeline marks with a tick and a caption. */
export interface TimelineEvent {
  time: number;
  label: string;
  kind: TimelineEventKind;
  /** The source gives the day only, no hour ("Today (4 January)", an account dated "8 January"). */
  day: boolean;
}

/**
 * When a marked moment happened, for the caption under the track: the day alone when the source gives no hour;
 * the telegram's moments by the one rule (formatMoment with the midnights it writes as 24:00); an outcome account's
 * by its own clock, since the telegram's wording is not the account's.
 */
export function eventTime(event: TimelineEvent, written: WrittenMidnights): string {
  if (event.day) return formatDay(event.time);
  return formatMoment(event.time, event.kind === 'outcome' ? undefined : written);
}

/** The earliest date any account of an outcome event gives (the outcome layer shows the event from then). */
export function earliestAccountTime(event: OutcomeEvent): number | undefined {
  const times = event.versions.map((version) => parseDocumentTime(version.date.start)).filter((time): time is number => time !== undefined);
  return times.length === 0 ? undefined : Math.min(...times);
}

/**
 * Every dated moment on the timeline, in time order: the telegram's statements (from their start), its own times
 * (sent, forwarded, received) and, when asked for, the outcome events that fall within 3-8 January.
 */
export function timelineEvents(statements: readonly Statement[], outcome: readonly OutcomeEvent[], includeOutcome: boolean): TimelineEvent[] {
  const events: TimelineEvent[] = [
    ...statements.filter((statement) => statement.kind !== 'document').flatMap((statement) => {
      const time = parseDocumentTime(statement.when.start);
      return time === undefined ? [] : [{ time, label: statement.summary, kind: statement.kind, day: statement.when.precision === 'day' }];
    }),
    ...DOCUMENT_TIMES.map((moment) => ({ time: moment.time, label: moment.label, kind: 'document' as const, day: moment.day })),
    ...(includeOutcome
      ? outcome.flatMap((event) => {
          const time = earliestAccountTime(event);
          if (time === undefined || time < TIMELINE_START || time > TIMELINE_END) return [];
          // The day alone when no account that gives this earliest time gives an hour.
          const day = event.versions.every((version) => parseDocumentTime(version.date.start) !== time || !version.date.start.includes('T'));
          return [{ time, label: event.title, kind: 'outcome' as const, day }];
        })
      : []),
  ];
  return events.map((event, index) => ({ event, index })).sort((a, b) => a.event.time - b.event.time || a.index - b.index).map(({ event }) => event);
}

/** The events of the latest moment at or before `time` (several statements often share one moment). */
export function latestEventsAt(events: readonly TimelineEvent[], time: number): TimelineEvent[] {
  let latest: number | undefined;
  for (const event of events) if (event.time <= time) latest = event.time;
  return latest === undefined ? [] : events.filter((event) => event.time === latest);
}

/** True when a step from `from` to `to` (forward) passes or lands on an event: playback pauses there. */
export function stepCrossesEvent(events: readonly TimelineEvent[], from: number, to: number): boolean {
  return events.some((event) => event.time > from && event.time <= to);
}
