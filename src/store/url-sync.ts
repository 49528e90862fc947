import { formatPermalink, parsePermalink, type Permalink } from '../domain/permalink';
import { useDataStore } from '../data/data-store';
import { subscribeTo, useAppStore } from './app-store';

function apply(link: Permalink): void {
  const state = useAppStore.getState();
  if (link.time !== undefined) state.setTime(link.time);
  if (link.view !== undefined) state.jumpTo(link.view);
  state.setShowOutcome(link.showOutcome ?? false);
  state.selectPlace(link.placeId ?? null, 0, 'url');
}

function currentHash(): string {
  const { time, selectedPlaceId, view, showOutcome } = useAppStore.getState();
  return formatPermalink({ time, placeId: selectedPlaceId, view, showOutcome });
}

/**
 * Keeps the URL hash and the store in step. The hash is read once the gazetteer is known (so unknown place ids
 * can be dropped); selecting a place adds a history entry, scrubbing and panning only replace the current one,
 * and back/forward restore the state they point at.
 */
export function startUrlSync(): () => void {
  let applying = false;
  const readHash = (): void => {
    const known = (id: string): boolean => useDataStore.getState().index.placesById.has(id);
    applying = true;
    apply(parsePermalink(window.location.hash, known));
    applying = false;
  };
  const write = (push: boolean): void => {
    if (applying) return;
    const hash = currentHash();
    if (hash === window.location.hash) return;
    if (push) window.history.pushState(null, '', hash);
    else window.history.replaceState(null, '', hash);
  };

  const stopWaiting = useDataStore.subscribe((state) => {
    if (state.status === 'ready') {
      stopWaiting();
      readHash();
      write(false);
    }
  });
  // The view and time can be applied before the data arrives, so the map opens where the link says.
  const early = parsePermalink(window.location.hash, () => false);
  if (early.view !== undefined) useAppStore.getState().jumpTo(early.view);
  if (early.time !== undefined) useAppStore.getState().setTime(early.time);

  const unsubscribers = [
    subscribeTo((s) => s.selectedPlaceId, () => write(true)),
    subscribeTo((s) => s.time, () => write(false)),
    subscribeTo((s) => s.view, () => write(false)),
    subscribeTo((s) => s.showOutcome, () => write(false)),
  ];
  window.addEventListener('popstate', readHash);
  return () => {
    stopWaiting();
    for (const unsubscribe of unsubscribers) unsubscribe();
    window.removeEventListener('popstate', readHash);
  };
}
