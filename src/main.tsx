import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { App } from './app/app';
import { isPrerendered, takeOver } from './app/take-over';
import { useDataStore } from './data/data-store';
import { linkUiFonts } from './data/ui-fonts';
import { useAppStore } from './store/app-store';
import { startUrlSync } from './store/url-sync';
// The page's styles beyond the first screen (boot.ts has that one). They arrive with this module: the browser has
// them before it runs it, so the page the app takes over is never drawn without them.
import './app/app.css';
import './features/about/about.css';
import './features/glossary/term.css';
import './features/sources/sources.css';
import './features/timeline/timeline-events.css';
import './features/tour/tour.css';
import './features/units/units.css';

linkUiFonts(document.baseURI);
void useDataStore.getState().load(document.baseURI);
startUrlSync();
// Test hook for end-to-end tests and the benchmark, like window.__map; the app itself never reads it.
window.__appStore = useAppStore;

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const render = (initialSearch = '', readerHasBegun = false): void =>
  root.render(
    <StrictMode>
      <App initialSearch={initialSearch} readerHasBegun={readerHasBegun} />
    </StrictMode>,
  );
// The built page already shows the header and the text (src/app/take-over.ts); the development server's does not.
if (isPrerendered(container)) void takeOver(container, (initialSearch, readerHasBegun) => flushSync(() => render(initialSearch, readerHasBegun)));
else render();
