/** The one breakpoint between the phone layout and the side-by-side layout (app.css is checked against it). */
export const NARROW_MAX_WIDTH_PX = 760;
export const NARROW_QUERY = `(max-width: ${NARROW_MAX_WIDTH_PX}px)`;

/** True on a phone-sized screen; false outside a browser (unit tests, the data build). */
export function isNarrowScreen(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(NARROW_QUERY).matches;
}
