import { FRIENDLY, HOSTILE, INK, LOW_CONFIDENCE, OUTCOME, SELECTED } from './palette';

/** The map's colours as CSS custom properties, so app.css paints with the same values as the layers. */
export const CSS_PALETTE: Record<string, string> = {
  '--ink': INK,
  '--accent': SELECTED,
  '--friendly': FRIENDLY,
  '--hostile': HOSTILE,
  '--outcome': OUTCOME,
  '--low-confidence': LOW_CONFIDENCE,
};

/** Set through the CSSOM (allowed by the Content-Security-Policy, unlike a style attribute). */
export function applyCssPalette(root: HTMLElement): void {
  for (const [name, value] of Object.entries(CSS_PALETTE)) root.style.setProperty(name, value);
}
