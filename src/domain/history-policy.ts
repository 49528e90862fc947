import { cardKey, type CardRef } from './card-ref';

/**
 * What a change of the open card does to the browser history. Opening a new card pushes one entry, so Back
 * returns to the card before; closing a card replaces the current entry (Back then skips the closed card rather
 * than reopening it), and the card opened next replaces that closed entry too. Opening and closing card after
 * card therefore adds one entry, not one per card (Chromium keeps only 50).
 */
export function historyActionForCard(previous: CardRef | null, next: CardRef | null, currentEntryIsClosedCard: boolean): 'push' | 'replace' {
  if (next === null) return 'replace';
  if (cardKey(previous) === cardKey(next)) return 'replace';
  return currentEntryIsClosedCard ? 'replace' : 'push';
}

/** The history entry's own state: whether it was written by closing a card. */
export interface HistoryEntryState {
  closedCard?: boolean;
}

export function isClosedCardEntry(state: unknown): boolean {
  return typeof state === 'object' && state !== null && (state as HistoryEntryState).closedCard === true;
}
