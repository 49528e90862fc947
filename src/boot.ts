/**
 * The page's entry script. The built page already shows the header, the search box and the telegram's text
 * (src/app/take-over.ts). This script lets the browser paint them first, then asks for the first screen's data
 * files and imports the app (main.tsx, with React), which takes the page over. Fetching and evaluating the app's
 * code and data before the first frame would only delay it: the page can show the text without them.
 */
import { preloadFirstScreenFiles } from './app/first-screen-files';
import { holdActionsFromNow } from './app/hold-actions';
// The first screen's stylesheet: the build writes it into index.html, so the first frame is painted in it. The
// rest of the page's styles come with the app (main.tsx); the comparison's and the map's with their chunks.
import 'virtual:css-palette.css';
import './app/first-screen.css';

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
