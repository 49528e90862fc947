import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * "As of" semantics of the timeline. A feature carries three times (ms on the document clock):
 *   knownFrom: from when the map may show it at all (a reported event: when it began; an order or assessment:
 *              when the order was sent, 4 January 24:00);
 *   start/end: its own window (end = OPEN_END when open-ended).
 * Reported events stay once they have happened; orders and assessments fade after their window.
 */
export type StatementKind = 'reported' | 'assessed' | 'ordered' | 'document';
export type Phase = 'hidden' | 'pending' | 'active' | 'past';

/** JSON has no Infinity: an open-ended window ends at this far-future time. */
export const OPEN_END = 8.64e15;

export interface TimedProperties {
  kind: StatementKind;
  knownFrom: number;
  start: number;
  end: number;
}

export function phaseAt(feature: TimedProperties, time: number): Phase {
  if (time < feature.knownFrom) return 'hidden';
  if (time < feature.start) return 'pending';
  if (time < feature.end) return 'active';
  return 'past';
}

/** How strongly each kind is drawn in each phase; 0 = not drawn. */
export const OPACITY: Record<StatementKind, Record<Phase, number>> = {
  // While a reported event's day is running we know it happened that day, not at which hour: drawn lighter.
  reported: { hidden: 0, pending: 0, active: 0.55, past: 1 },
  // Ordered and expected features appear when ordered, strengthen in their window and fade (not vanish) after it.
  ordered: { hidden: 0, pending: 0.5, active: 0.95, past: 0.3 },
  assessed: { hidden: 0, pending: 0.5, active: 0.9, past: 0.3 },
  document: { hidden: 0, pending: 0, active: 1, past: 1 },
};

export function opacityAt(feature: TimedProperties, time: number): number {
  return OPACITY[feature.kind][phaseAt(feature, time)];
}

/** The timeline position as MapLibre reads it: style global state, so scrubbing never touches source data. */
export const TIME_STATE = 'time';
const time: ExpressionSpecification = ['global-state', TIME_STATE];

/** phaseAt() as a style expression. */
export const phaseExpression: ExpressionSpecification = [
  'case',
  ['<', time, ['get', 'knownFrom']],
  'hidden',
  ['<', time, ['get', 'start']],
  'pending',
  ['<', time, ['get', 'end']],
  'active',
  'past',
];

/** Only features the reader may see at the current time pass this filter. */
export const visibleNowFilter: ExpressionSpecification = ['>=', time, ['get', 'knownFrom']];

/** opacityAt() as a style expression, generated from the same table. */
export const opacityExpression: ExpressionSpecification = [
  'match',
  ['concat', ['get', 'kind'], ':', phaseExpression],
  ...(Object.entries(OPACITY).flatMap(([kind, byPhase]) =>
    Object.entries(byPhase).map(([phase, value]) => [`${kind}:${phase}`, value]),
  ).flat() as [string, number]),
  0,
] as unknown as ExpressionSpecification;
