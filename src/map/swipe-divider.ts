/**
 * Where the swipe map's divider stands, in percent of the map's width from its left edge: the plan is drawn left
 * of it, what happened right of it. Kept off the very edges so that both halves and the handle stay reachable.
 */
export const DIVIDER_MIN = 5;
export const DIVIDER_MAX = 95;
export const DIVIDER_START = 50;
const STEP = 2;
const PAGE_STEP = 10;

export function clampDivider(percent: number): number {
  if (Number.isNaN(percent)) return DIVIDER_START;
  return Math.round(Math.min(DIVIDER_MAX, Math.max(DIVIDER_MIN, percent)) * 10) / 10;
}

/** The slider's keys, as for any ARIA slider: arrows a step, PageUp/PageDown a large step, Home/End the ends. */
export function dividerAfterKey(percent: number, key: string): number | undefined {
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampDivider(percent - STEP);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampDivider(percent + STEP);
    case 'PageDown':
      return clampDivider(percent - PAGE_STEP);
    case 'PageUp':
      return clampDivider(percent + PAGE_STEP);
    case 'Home':
      return DIVIDER_MIN;
    case 'End':
      return DIVIDER_MAX;
    default:
      return undefined;
  }
}

/** The divider under a pointer at `clientX` over a map whose box starts at `left` and is `width` wide. */
export function dividerAtPointer(clientX: number, left: number, width: number): number {
  if (width <= 0) return DIVIDER_START;
  return clampDivider(((clientX - left) / width) * 100);
}

/** The CSS clip of the right-hand map, which lies over the whole left one: only the part right of the divider shows. */
export function clipRightOf(percent: number): string {
  return `inset(0 0 0 ${clampDivider(percent)}%)`;
}
