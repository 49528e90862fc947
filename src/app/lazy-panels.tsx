import { lazy, Suspense } from 'react';
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

const LazyMapPanel = lazy(() => CHUNKS.mapPanel().then((module) => ({ default: module.MapPanel })));
const LazyCards = lazy(() => CHUNKS.cards().then((module) => ({ default: module.Cards })));
const LazyOrderOfBattle = lazy(() => CHUNKS.orderOfBattle().then((module) => ({ default: module.OrderOfBattlePanel })));
const LazyCompare = lazy(() => CHUNKS.compare().then((module) => ({ default: module.CompareView })));
const LazySwipeMap = lazy(() => CHUNKS.swipeMap().then((module) => ({ default: module.SwipeMap })));

/** The swipe map, rendered (and its chunk loaded) only while the comparison shows it. */
export function SwipeMapSlot() {
  const shown = useAppStore(swipeMapShown);
  return shown ? (
    <Suspense fallback={null}>
      <LazySwipeMap />
    </Suspense>
  ) : null;
}

/** The map and all that lies over it (map-panel.tsx); its chunk is fetched as soon as the app renders. */
export function MapPanel() {
  return (
    <Suspense fallback={null}>
      <LazyMapPanel />
    </Suspense>
  );
}

/**
 * The place, event, statement and unit cards. A card opened before their chunk has arrived (from a permalink, or a
 * click in the first moments) opens as soon as it has: the store already holds what is open.
 */
export function CardsSlot() {
  return (
    <Suspense fallback={null}>
      <LazyCards />
    </Suspense>
  );
}

const loading = <p className="panel-message">Loading…</p>;

export function OrderOfBattlePanel() {
  return (
    <Suspense fallback={loading}>
      <LazyOrderOfBattle />
    </Suspense>
  );
}

export function CompareView() {
  return (
    <Suspense fallback={loading}>
      <LazyCompare />
    </Suspense>
  );
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
