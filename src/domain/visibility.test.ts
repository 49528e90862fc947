import { describe, expect, it } from 'vitest';
import { parseDocumentTime } from './time';
import { OPEN_END, opacityAt, phaseAt, type TimedProperties } from './visibility';

function at(value: string): number {
  const time = parseDocumentTime(value);
  if (time === undefined) throw new Error(`bad test time ${value}`);
  return time;
}

const ORDER_SENT = at('1951-01-04T24:00');
const features: Record<string, TimedProperties> = {
  // "The city of Chuncheon was also taken on 3 January"
  chuncheonTaken: { kind: 'reported', knownFrom: at('1951-01-03'), start: at('1951-01-03'), end: at('1951-01-03T24:00') },
  // "Today (4 January) ... occupied the city of Seoul"
  seoulOccupied: { kind: 'reported', knownFrom: at('1951-01-04'), start: at('1951-01-04'), end: at('1951-01-04T24:00') },
  // "rest for three days (until 7.1 inclusive)"
  rest: { kind: 'ordered', knownFrom: ORDER_SENT, start: ORDER_SENT, end: at('1951-01-07T24:00') },
  // "at the appropriate moment occupy the Gimpo airport" (after three days' preparation; open-ended)
  crossing: { kind: 'ordered', knownFrom: ORDER_SENT, start: at('1951-01-07T24:00'), end: OPEN_END },
  defenceLine: { kind: 'assessed', knownFrom: ORDER_SENT, start: ORDER_SENT, end: OPEN_END },
};

describe('phaseAt: what the map shows as of a moment', () => {
  it.each([
    ['1951-01-03T12:00', { chuncheonTaken: 'active', seoulOccupied: 'hidden', rest: 'hidden', crossing: 'hidden', defenceLine: 'hidden' }],
    ['1951-01-04T23:00', { chuncheonTaken: 'past', seoulOccupied: 'active', rest: 'hidden', crossing: 'hidden', defenceLine: 'hidden' }],
    ['1951-01-05T09:00', { chuncheonTaken: 'past', seoulOccupied: 'past', rest: 'active', crossing: 'pending', defenceLine: 'active' }],
    ['1951-01-08T23:00', { chuncheonTaken: 'past', seoulOccupied: 'past', rest: 'past', crossing: 'active', defenceLine: 'active' }],
  ])('as of %s', (time, expected) => {
    const phases = Object.fromEntries(Object.entries(features).map(([name, feature]) => [name, phaseAt(feature, at(time))]));
    expect(phases).toEqual(expected);
  });

  it('keeps a reported event fully drawn once it has happened, and fades an order after its window', () => {
    expect(opacityAt(features.seoulOccupied as TimedProperties, at('1951-01-08T23:00'))).toBe(1);
    const rest = features.rest as TimedProperties;
    expect(opacityAt(rest, at('1951-01-08T12:00'))).toBeGreaterThan(0);
    expect(opacityAt(rest, at('1951-01-08T12:00'))).toBeLessThan(opacityAt(rest, at('1951-01-06T12:00')));
  });
});
