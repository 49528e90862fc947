import { FRIENDLY, HOSTILE, INK, LOW_CONFIDENCE, OUTCOME, SELECTED } from './palette';

/**
 * The map's colours as CSS custom properties, so app.css paints with the same values as the layers. vite.config.ts
 * writes them as the stylesheet `virtual:css-palette.css` (in the app's CSS, so before any script runs).
 */
export const CSS_PALETTE: Record<string, string> = {
  '--ink': INK,
  '--accent': SELECTED,
  '--friendly': FRIENDLY,
  '--hostile': HOSTILE,
  '--outcome': OUTCOME,
  '--low-confidence': LOW_CONFIDENCE,
};

