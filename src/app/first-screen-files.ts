import { DATA_FILES, type DataKey } from '../data/app-data';

/** The data files the first screen is drawn from: at build time, and before the app takes the page over. */
export const FIRST_SCREEN_FILES = ['telegram', 'mentions', 'places', 'tour'] as const satisfies readonly DataKey[];

/**
 * Asks the browser for the first-screen files (as `fetch` preloads, which the data store's own requests then
 * find in the cache), so they come while the app's code is being fetched and evaluated, not after it.
 */
export function preloadFirstScreenFiles(document: Document): void {
  for (const key of FIRST_SCREEN_FILES) {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = new URL(DATA_FILES[key], document.baseURI).href;
    document.head.append(link);
  }
}
