/**
 * The page's entry script. The built page already shows the header, the search box and the telegram's text
 * (src/app/take-over.ts). This script lets the browser paint them first, then asks for the first screen's data
 * files and imports the app (main.tsx, with React), which takes the page over. Fetching and evaluating the app's
 * code and data before the first frame would only delay it: the page can show the text without them.
 */
import { preloadFirstScreenFiles } from './app/first-screen-files';
import { holdActionsFromNow } from './app/hold-actions';
// The page's stylesheets, all of them here: the build writes them into index.html, so the first frame is painted
// in them. (Only the comparison's and the map's come later, with their chunks.)
import 'virtual:css-palette.css';
import './app/app.css';
import './features/about/about.css';
import './features/glossary/term.css';
import './features/sources/sources.css';
import './features/timeline/timeline-events.css';
import './features/tour/tour.css';
import './features/units/units.css';

// From the first moment a click on a place name or button, or Enter in the search box, is held for the live page.
const root = document.getElementById('root');
if (root?.hasAttribute('data-prerendered') === true) holdActionsFromNow(root);

let started = false;
const start = (): void => {
  if (started) return;
  started = true;
  preloadFirstScreenFiles(document);
  void import('./main');
};
// A page opened in a background tab gets no frames until it is shown: it starts at once.
if (document.visibilityState === 'hidden') start();
else requestAnimationFrame(() => setTimeout(start, 0));
// And if no frame comes all the same (the tab hidden in between), it starts after a second.
setTimeout(start, 1000);
