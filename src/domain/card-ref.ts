/**
 * The cards a reader can open, one at a time. Each has its own permalink field; `place` is the field permalinks
 * have used from the start, outcome events use `event` because `outcome=1` already switches their layer on.
 */
export const CARD_KINDS = ['place', 'statement', 'outcome', 'unit'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface CardRef {
  kind: CardKind;
  id: string;
}

export const CARD_FIELDS: Record<CardKind, string> = { place: 'place', statement: 'statement', outcome: 'event', unit: 'unit' };

/** Equal cards have equal keys; no card is ''. Handy where a selector must return a primitive. */
export function cardKey(card: CardRef | null): string {
  return card === null ? '' : `${card.kind}:${card.id}`;
}
