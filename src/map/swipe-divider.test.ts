import { describe, expect, it } from 'vitest';
import { clampDivider, clipRightOf, DIVIDER_MAX, DIVIDER_MIN, DIVIDER_START, dividerAfterKey, dividerAtPointer } from './swipe-divider';

describe('the swipe map divider', () => {
  it.each([
    [50, 50],
    [-20, DIVIDER_MIN],
    [4.9, DIVIDER_MIN],
    [95.01, DIVIDER_MAX],
    [250, DIVIDER_MAX],
    [33.333, 33.3],
    [Number.NaN, DIVIDER_START],
  ])('clamps %s to %s', (given, expected) => {
    expect(clampDivider(given)).toBe(expected);
  });

  it.each([
    ['ArrowLeft', 50, 48],
    ['ArrowDown', 50, 48],
    ['ArrowRight', 50, 52],
    ['ArrowUp', 50, 52],
    ['PageDown', 50, 40],
    ['PageUp', 50, 60],
    ['Home', 50, DIVIDER_MIN],
    ['End', 50, DIVIDER_MAX],
    ['ArrowLeft', 6, DIVIDER_MIN],
    ['PageUp', 90, DIVIDER_MAX],
  ])('%s from %s goes to %s', (key, from, expected) => {
    expect(dividerAfterKey(from, key)).toBe(expected);
  });

  it('ignores other keys, so they keep their own meaning', () => {
    expect(dividerAfterKey(50, 'Enter')).toBeUndefined();
    expect(dividerAfterKey(50, 'a')).toBeUndefined();
  });

  it('follows the pointer across the map box, within the limits', () => {
    expect(dividerAtPointer(700, 500, 800)).toBe(25);
    expect(dividerAtPointer(1300, 500, 800)).toBe(DIVIDER_MAX);
    expect(dividerAtPointer(400, 500, 800)).toBe(DIVIDER_MIN);
    expect(dividerAtPointer(700, 500, 0)).toBe(DIVIDER_START);
  });

  it('clips the right-hand map to the part right of the divider', () => {
    expect(clipRightOf(30)).toBe('inset(0 0 0 30%)');
    expect(clipRightOf(120)).toBe(`inset(0 0 0 ${DIVIDER_MAX}%)`);
  });
});
