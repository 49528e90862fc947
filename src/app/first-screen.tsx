import { renderToStaticMarkup } from 'react-dom/server';
import { DATA_FILES, type AppData, type DataKey } from '../data/app-data';
import { buildIndex, useDataStore, type FileState } from '../data/data-store';
import { App } from './app';
import { FIRST_SCREEN_FILES } from './first-screen-files';

/**
 * The page's first screen as HTML, for the built index.html (vite.config.ts writes it in): the app's own
 * components, rendered once as the app renders them when the first-screen files have arrived and the others are
 * still on their way. The map panel stays empty. `readDataFile` reads a file of the built data (public/data/).
 */
export function renderFirstScreen(readDataFile: (path: string) => string): string {
  const data: Partial<AppData> = Object.fromEntries(FIRST_SCREEN_FILES.map((key) => [key, JSON.parse(readDataFile(DATA_FILES[key])) as unknown]));
  const files = Object.fromEntries(
    (Object.keys(DATA_FILES) as DataKey[]).map((key): [DataKey, FileState] => [key, key in data ? { state: 'loaded' } : { state: 'loading', slow: false }]),
  ) as Record<DataKey, FileState>;
  // zustand's hooks read the store's *initial* state when React renders on a server (the server snapshot of
  // useSyncExternalStore), so the data goes into that object; the build renders once, in a module graph of its own.
  Object.assign(useDataStore.getInitialState(), { data, index: buildIndex(data), files, status: 'ready' });
  const html = renderToStaticMarkup(<App firstScreenOnly />);
  // The Content-Security-Policy (style-src 'self') blocks style attributes in served HTML.
  if (/<[^>]+\sstyle="/.test(html)) throw new Error('the prerendered first screen has a style attribute, which the Content-Security-Policy blocks');
  return html;
}
