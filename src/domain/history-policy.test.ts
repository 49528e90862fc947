import { describe, expect, it } from 'vitest';
import type { CardRef } from './card-ref';
import { historyActionForCard, isClosedCardEntry } from './history-policy';

const incheon: CardRef = { kind: 'place', id: 'incheon' };
const suwon: CardRef = { kind: 'place', id: 'suwon' };
const pursuit: CardRef = { kind: 'statement', id: 'pursue-to-suwon' };

describe('historyActionForCard', () => {
  it.each<[string, CardRef | null, CardRef | null, boolean, 'push' | 'replace']>([
    ['opening a card from no card', null, incheon, false, 'push'],
    ['opening another card over one', incheon, suwon, false, 'push'],
    ['opening a statement over a place', incheon, pursuit, false, 'push'],
    ['closing a card', incheon, null, false, 'replace'],
    ['opening a card where the last one was closed', null, suwon, true, 'replace'],
    ['the same card again', incheon, incheon, false, 'replace'],
    ['nothing open, nothing opened', null, null, false, 'replace'],
    ['a place and a statement with one id are different cards', { kind: 'place', id: 'x' }, { kind: 'statement', id: 'x' }, false, 'push'],
  ])('%s: %s', (_name, previous, next, closed, expected) => {
    expect(historyActionForCard(previous, next, closed)).toBe(expected);
  });

  it('keeps the history short when card after card is opened and closed', () => {
    // Replays the policy over a simulated history stack, as the URL sync uses it.
    const stack: { card: CardRef | null; closed: boolean }[] = [{ card: null, closed: false }];
    let current: CardRef | null = null;
    const change = (next: CardRef | null): void => {
      const top = stack[stack.length - 1] ?? { card: null, closed: false };
      const action = historyActionForCard(current, next, top.closed);
      const entry = { card: next, closed: next === null && current !== null ? true : next === null ? top.closed : false };
      if (action === 'push') stack.push(entry);
      else stack[stack.length - 1] = entry;
      current = next;
    };
    for (let index = 0; index < 300; index += 1) {
      change({ kind: 'place', id: `place-${index}` });
      change(null);
    }
    expect(stack).toHaveLength(2);
    change(incheon);
    change(suwon);
    expect(stack.map((entry) => entry.card)).toEqual([null, incheon, suwon]);
  });
});

describe('isClosedCardEntry', () => {
  it.each([
    [{ closedCard: true }, true],
    [{ closedCard: false }, false],
    [{ closedCard: 'yes' }, false],
    [null, false],
    [undefined, false],
    ['closedCard', false],
  ])('%j -> %s', (state, expected) => {
    expect(isClosedCardEntry(state)).toBe(expected);
  });
});
