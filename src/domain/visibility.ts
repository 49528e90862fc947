/**
 * "As of" semantics of the timeline. A feature carries three times (ms on the document clock):
 *   knownFrom: from when the map may show it at all (a reported event: when it began; an order or assessment:
 *              when the order was sent, 4 January 24:00);
 *   start/end: its own window (end = OPEN_END when open-ended).
 * Reported events stay once they have happened; orders and assessments fade after their window.
 */
/** How the telegram knows a statement: the one list the schema, the map and the timeline use. */
export const STATEMENT_KINDS = ['reported', 'assessed', 'ordered', 'document'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];
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

/**
 * The opacity of each phase, as properties a map feature carries (the data build writes them): the style then only
 * picks one by time, a small expression that MapLibre parses again, for every layer, on each step of the timeline.
 */
export function phaseOpacities(kind: StatementKind): { opacityHidden: number; opacityPending: number; opacityActive: number; opacityPast: number } {
  const table = OPACITY[kind];
  return { opacityHidden: table.hidden, opacityPending: table.pending, opacityActive: table.active, opacityPast: table.past };
}

export function opacityAt(feature: TimedProperties, time: number): number {
  return OPACITY[feature.kind][phaseAt(feature, time)];
}
