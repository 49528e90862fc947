/**
 * The stylesheet of the page's CJK type (written by npm run data, geo/fonts/build-ui-fonts.ts): a <link> from
 * the app's own origin, so the browser fetches only the slices whose characters a page actually draws.
 */
export function linkUiFonts(baseUrl: string): void {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('data/fonts/ui-fonts.css', baseUrl).href;
  document.head.append(link);
}

/** The page's own font stack (app.css `--serif`), for text drawn on a canvas, e.g. the PNG caption. */
export function pageFontStack(): string {
  return getComputedStyle(document.documentElement).fontFamily || 'serif';
}

/** Waits until the faces that draw `text` in `font` have loaded (or failed), so a canvas does not draw boxes. */
export async function fontsReadyFor(font: string, texts: readonly string[]): Promise<void> {
  try {
    await document.fonts.load(font, texts.join(' '));
  } catch {
    // A face that fails to load leaves the system's fallback; the image is still made.
  }
}
