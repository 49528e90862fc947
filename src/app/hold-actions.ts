/**
 * Clicks and Enter made on the prerendered page (src/app/take-over.ts) before the live page stands, held so that the
 * live page can be given them. Kept apart from the take-over, which needs the data store, so that the entry script
 * can start holding from the page's first moment.
 */
/** The place of an element under `root` as child indices, so its counterpart can be found in the live page. */
function pathOf(root: Element, element: Element): number[] {
  const path: number[] = [];
  for (let at: Element | null = element; at !== null && at !== root; at = at.parentElement) path.unshift([...(at.parentElement?.children ?? [])].indexOf(at));
  return path;
}
export function atPath(root: Element, path: readonly number[]): Element | undefined {
  let at: Element | undefined = root;
  for (const index of path) at = at?.children[index];
  return at;
}

const ACTIONS = 'button, summary, a, input[type="checkbox"]';

/** A click on a control, or Enter in the search box (which opens the best match), made before the live page stood. */
export type HeldAction = { kind: 'click'; path: number[]; tag: string; text: string } | { kind: 'search-enter' };

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


export const searchBox = (root: HTMLElement): HTMLInputElement | null => root.querySelector<HTMLInputElement>('.app-header input[role="combobox"]');

let holding: { root: HTMLElement; release: () => HeldAction[] } | undefined;

/**
 * Starts holding the prerendered page's clicks and Enter (once per page: the entry script starts it before the
 * first frame, src/boot.ts, and the take-over finds it running). The returned function stops and gives them.
 */
export function holdActionsFromNow(root: HTMLElement): () => HeldAction[] {
  if (holding?.root !== root) holding = { root, release: holdActions(root) };
  const { release } = holding;
  return () => {
    holding = undefined;
    return release();
  };
}
