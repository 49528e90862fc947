import { FIRST_SCREEN_FILES } from './first-screen-files';
import { atPath, holdActionsFromNow, searchBox, type HeldAction } from './hold-actions';
import { useDataStore } from '../data/data-store';

/**
 * Text first: the built index.html already holds the header and the telegram's text, rendered at build time by
 * the app's own components (src/app/first-screen.tsx, written in by vite.config.ts). The browser shows them before
 * any script has run; the app then replaces that markup with the same markup, live (createRoot, not hydration:
 * the first screen is drawn from the data files below, which the app fetches, and nothing else).
 *
 * Until then the prerendered page is only text: the search box takes typing (kept, see readHandover), but the
 * place names, tabs and header buttons do nothing. From the moment the entry script runs (boot.ts), a click on
 * them, or Enter in the search box, is held and given to the live page once it stands (hold-actions.ts); one made
 * before that, while the entry script is still on its way, is lost. While the page is prerendered, `#root[data-prerendered]` gives the place names a
 * "still starting" cursor (app.css). Without JavaScript they stay inert text (noscript.css).
 */


/**
 * How long the prerendered page waits for those files before the app takes it over all the same (and says
 * "Loading ..." where a file is missing): long enough for files preloaded from the page's head, short enough that
 * a file that hangs does not keep the search and the cards dead.
 */
export const TAKE_OVER_WAIT_MS = 1_000;

export const isPrerendered = (root: HTMLElement): boolean => root.hasAttribute('data-prerendered');

/** Resolves once every first-screen file has arrived or failed, or after `timeoutMs`. */
export function firstScreenFilesSettled(timeoutMs = TAKE_OVER_WAIT_MS): Promise<void> {
  const settled = (): boolean => FIRST_SCREEN_FILES.every((key) => useDataStore.getState().files[key].state !== 'loading');
  return new Promise((resolve) => {
    if (settled()) return resolve();
    const timer = setTimeout(done, timeoutMs);
    const stop = useDataStore.subscribe(() => {
      if (settled()) done();
    });
    function done(): void {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

/** What the reader did in the prerendered page that the live page must keep. */
export interface Handover {
  search: string;
  searchFocused: boolean;
  selection: [number, number] | null;
  /** The id of another focused element (a place name reached with Tab), if any. */
  focusedId: string | null;
  textScrollTop: number;
  archiveOpen: boolean;
}


export function readHandover(root: HTMLElement): Handover {
  const search = searchBox(root);
  const focused = document.activeElement;
  const searchFocused = search !== null && focused === search;
  return {
    search: search?.value ?? '',
    searchFocused,
    selection: searchFocused && search.selectionStart !== null && search.selectionEnd !== null ? [search.selectionStart, search.selectionEnd] : null,
    focusedId: !searchFocused && focused instanceof HTMLElement && root.contains(focused) && focused.id !== '' ? focused.id : null,
    textScrollTop: root.querySelector('.text-panel')?.scrollTop ?? 0,
    archiveOpen: root.querySelector<HTMLDetailsElement>('details.archive-record')?.open ?? false,
  };
}

/** After the live page's first commit: focus, selection, scroll and the catalogue record as the reader left them. */
export function restoreHandover(root: HTMLElement, handover: Handover): void {
  const record = root.querySelector<HTMLDetailsElement>('details.archive-record');
  if (record !== null && handover.archiveOpen) record.open = true;
  const panel = root.querySelector('.text-panel');
  if (panel !== null) panel.scrollTop = handover.textScrollTop;
  const search = searchBox(root);
  if (handover.searchFocused && search !== null) {
    search.focus({ preventScroll: true });
    if (handover.selection !== null) search.setSelectionRange(...handover.selection);
  } else if (handover.focusedId !== null) document.getElementById(handover.focusedId)?.focus({ preventScroll: true });
}

/** Gives each held click to the same control in the live page, if it is still there with the same text; Enter to the search box. */
export function replayActions(root: HTMLElement, actions: readonly HeldAction[]): void {
  for (const action of actions) {
    if (action.kind === 'search-enter') {
      searchBox(root)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      continue;
    }
    const target = atPath(root, action.path);
    if (target instanceof HTMLElement && target.tagName === action.tag && target.textContent === action.text) target.click();
  }
}

/**
 * Takes the prerendered page over: `render` must render the app synchronously (flushSync), so that nothing typed
 * between reading the search box and the live page's commit can be lost.
 */
export async function takeOver(root: HTMLElement, render: (initialSearch: string, readerHasBegun: boolean) => void): Promise<void> {
  const releaseActions = holdActionsFromNow(root);
  await firstScreenFilesSettled();
  const handover = readHandover(root);
  const actions = releaseActions();
  render(handover.search, handover.search !== '' || actions.length > 0);
  root.removeAttribute('data-prerendered');
  restoreHandover(root, handover);
  replayActions(root, actions);
}
