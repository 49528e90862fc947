import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useAppStore } from '../store/app-store';
import { swipeMapShown } from '../store/reading-slice';

/**
 * The panels a reader opens, not the ones the page opens with: their code comes in chunks of its own, so the first
 * screen (text, search, map) does not wait for it. Each chunk is fetched when the page is idle (prefetchPanels), so
 * a panel still opens at once. The cards come in one chunk and, once it is there, stay mounted: each renders
 * nothing while closed (a card rendered only while open cost heap over many openings in the benchmark).
 */
const CHUNKS = {
  cards: () => import('./cards'),
  mapPanel: () => import('./map-panel'),
  orderOfBattle: () => import('../features/units/order-of-battle-panel'),
  compare: () => import('../features/compare/compare-view'),
  swipeMap: () => import('../features/compare/swipe-map'),
};

/** A component from a chunk, shown once the chunk has arrived and `fallback` until then. */
function fromChunk(load: () => Promise<ComponentType>, fallback: ReactNode = null): ComponentType {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  return function Slot() {
    return (
      <Suspense fallback={fallback}>
        <Lazy />
      </Suspense>
    );
  };
}

const loading = <p className="panel-message">Loading…</p>;

/** The map and all that lies over it (map-panel.tsx); its chunk is fetched as soon as the app renders. */
export const MapPanel = fromChunk(() => CHUNKS.mapPanel().then((module) => module.MapPanel));

/**
 * The place, event, statement and unit cards. A card opened before their chunk has arrived (from a permalink, or a
 * click in the first moments) opens as soon as it has: the store already holds what is open.
 */
export const CardsSlot = fromChunk(() => CHUNKS.cards().then((module) => module.Cards));

export const OrderOfBattlePanel = fromChunk(() => CHUNKS.orderOfBattle().then((module) => module.OrderOfBattlePanel), loading);

export const CompareView = fromChunk(() => CHUNKS.compare().then((module) => module.CompareView), loading);

const SwipeMap = fromChunk(() => CHUNKS.swipeMap().then((module) => module.SwipeMap));

/** The swipe map, rendered (and its chunk loaded) only while the comparison shows it. */
export function SwipeMapSlot() {
  return useAppStore(swipeMapShown) ? <SwipeMap /> : null;
}

/** Fetches every panel's chunk while the page is idle (a chunk already fetched is not fetched again). */
export function prefetchPanels(): () => void {
  const fetchAll = (): void => {
    for (const chunk of Object.values(CHUNKS)) void chunk().catch(() => undefined); // a failed chunk is fetched again when opened
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(fetchAll, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(fetchAll, 2000);
  return () => window.clearTimeout(timer);
}
