import { describe, expect, it } from 'vitest';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Statement } from '../../geo/schema/situation-schema';
import { ORDER_SENT, RECEIVED } from './document-times';
import { earliestAccountTime, eventTime, latestEventsAt, stepCrossesEvent, timelineEvents, type TimelineEvent } from './timeline-events';
import { HOUR } from './time';

const statement = (id: string, kind: Statement['kind'], start: string): Statement => ({
  id,
  kind,
  sentenceIds: ['s'],
  summary: `summary ${id}`,
  units: [],
  places: [],
  when: { start, end: null, precision: 'open', inferred: true, basis: 'test' },
  role: 'advance',
  geometry: [],
});

const outcomeEvent = (id: string, ...starts: string[]): OutcomeEvent => ({
  id,
  kind: 'captured',
  title: `title ${id}`,
  places: [],
  versions: starts.map((start) => ({ date: { start, precision: 'day' }, account: 'a', sources: [] as unknown as OutcomeEvent['versions'][number]['sources'] })),
  disagreement: starts.length > 1 ? 'dates differ' : undefined,
});

const STATEMENTS = [statement('order', 'ordered', '1951-01-04T24:00'), statement('seoul', 'reported', '1951-01-04'), statement('sent', 'document', '1951-01-04T24:00')];
const OUTCOME = [outcomeEvent('suwon', '1951-01-07', '1951-01-05'), outcomeEvent('before', '1950-12-31'), outcomeEvent('after', '1951-01-10')];

describe('earliestAccountTime', () => {
  it('takes the earliest date any account gives', () => {
    expect(earliestAccountTime(outcomeEvent('x', '1951-01-07', '1951-01-05T12:00'))).toBe(Date.UTC(1951, 0, 5, 12));
  });
});

describe('timelineEvents', () => {
  it('orders statements and the document\'s own times, leaving out document statements (their times are the document times)', () => {
    const events = timelineEvents(STATEMENTS, OUTCOME, false);
    expect(events.map((event) => [event.kind, event.time])).toEqual([
      ['reported', Date.UTC(1951, 0, 4)],
      ['ordered', ORDER_SENT],
      ['document', ORDER_SENT],
      ['document', Date.UTC(1951, 0, 7)],
      ['document', RECEIVED],
    ]);
  });

  it('adds outcome events inside the timeline only when asked, at their earliest account', () => {
    const events = timelineEvents(STATEMENTS, OUTCOME, true).filter((event) => event.kind === 'outcome');
    expect(events).toEqual([{ time: Date.UTC(1951, 0, 5), label: 'title suwon', kind: 'outcome', day: true }]);
  });
});

describe('eventTime', () => {
  const written = new Set([ORDER_SENT]);
  const at = (kind: TimelineEvent['kind'], time: number, day = false): TimelineEvent => ({ kind, time, day, label: 'x' });
  it.each([
    ['an order at the moment the telegram writes as 24:00', at('ordered', ORDER_SENT), '4 January 1951, 24:00'],
    ['an order from the end of 7 January, which the telegram does not write as 24:00', at('ordered', Date.UTC(1951, 0, 8)), '8 January 1951, 00:00'],
    ['a report of a day', at('reported', Date.UTC(1951, 0, 4), true), '4 January 1951'],
    ['an outcome account of a day', at('outcome', ORDER_SENT, true), '5 January 1951'],
    ['an outcome account with an hour, on its own clock', at('outcome', ORDER_SENT), '5 January 1951, 00:00'],
  ])('%s', (_what, event, expected) => {
    expect(eventTime(event, written)).toBe(expected);
  });
});

describe('latestEventsAt', () => {
  const events = timelineEvents(STATEMENTS, [], false);
  it.each([
    ['before anything', Date.UTC(1951, 0, 3), []],
    ['during 4 January', Date.UTC(1951, 0, 4, 12), ['summary seoul']],
    ['at the order', ORDER_SENT, ['summary order', 'Order sent, 4 January 24:00']],
    ['an hour after the order', ORDER_SENT + HOUR, ['summary order', 'Order sent, 4 January 24:00']],
  ])('%s', (_when, time, labels) => {
    expect(latestEventsAt(events, time).map((event) => event.label)).toEqual(labels);
  });
});

describe('stepCrossesEvent', () => {
  const events = timelineEvents(STATEMENTS, [], false);
  it.each([
    [ORDER_SENT - HOUR, ORDER_SENT, true],
    [ORDER_SENT, ORDER_SENT + HOUR, false],
    [ORDER_SENT + HOUR, ORDER_SENT + 2 * HOUR, false],
    [RECEIVED - HOUR, RECEIVED + HOUR, true],
  ])('from %i to %i: %s', (from, to, crosses) => {
    expect(stepCrossesEvent(events, from, to)).toBe(crosses);
  });
});
