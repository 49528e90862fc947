import { FIRST_SCREEN_FILES } from './first-screen-files';
import { useDataStore } from '../data/data-store';

/**
 * Text first: the built index.html already holds the header and the telegram's text, rendered at build time by
 * the app's own components (src/app/first-screen.tsx, written in by vite.config.ts). The browser shows them before
 * any script has run; the app then replaces that markup with the same markup, live (createRoot, not hydration:
 * the first screen is drawn from the data files below, which the app fetches, and nothing else).
 *
 * Until then the prerendered page is only text: the search box takes typing (kept, see readHandover), but the
 * place names, tabs and header buttons do nothing. From the moment the app's script runs (main.tsx), a click on
 * them, or Enter in the search box, is held and given to the live page once it stands (holdActions); one made
 * before that, while the script is still on its way, is lost. While the page is prerendered, `#root[data-prerendered]` gives the place names a
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

/** The place of an element under `root` as child indices, so its counterpart can be found in the live page. */
function pathOf(root: Element, element: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = element; at !== null && at !== root; at = at.parentElement) path.unshift([...(at.parentElement?.children ?? [])].indexOf(at));
  return path;
}
function atPath(root: Element, path: readonly number[]): Element | undefined {
  let at: Element | undefined = root;
  for (const index of path) at = at?.children[index];
  return at;
}

const ACTIONS = 'button, summary, a, input[type="checkbox"]';

/** A click on a control, or Enter in the search box (which opens the best match), made before the live page stood. */
type HeldAction = { kind: 'click'; path: number[]; tag: string; text: string } | { kind: 'search-enter' };

/**
 * Holds clicks on the prerendered page's controls, and Enter in its search box, until the live page stands; the
 * returned function stops holding and gives them.
 */
export function holdActions(root: HTMLElement): () => HeldAction[] {
  const held: HeldAction[] = [];
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target.closest(ACTIONS) : null;
    if (target === null || !root.contains(target)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push({ kind: 'click', path: pathOf(root, target), tag: target.tagName, text: target.textContent });
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' || event.target !== searchBox(root)) return;
    event.preventDefault();
    held.push({ kind: 'search-enter' });
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('keydown', onKeyDown, true);
  return () => {
    root.removeEventListener('click', onClick, true);
    root.removeEventListener('keydown', onKeyDown, true);
    return held;
  };
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

const searchBox = (root: HTMLElement): HTMLInputElement | null => root.querySelector<HTMLInputElement>('.app-header input[role="combobox"]');

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
  const releaseActions = holdActions(root);
  await firstScreenFilesSettled();
  const handover = readHandover(root);
  const actions = releaseActions();
  render(handover.search, handover.search !== '' || actions.length > 0);
  root.removeAttribute('data-prerendered');
  restoreHandover(root, handover);
  replayActions(root, actions);
}
