import { cardKey, CARD_KINDS, type CardKind, type CardRef } from '../domain/card-ref';
import { historyActionForCard, isClosedCardEntry, type HistoryEntryState } from '../domain/history-policy';
import { DEFAULT_LABEL_LANGUAGE } from '../domain/label-language';
import { formatPermalink, parsePermalink, type Permalink } from '../domain/permalink';
import type { DataKey } from '../data/app-data';
import { useDataStore } from '../data/data-store';
import { openChapter } from './open-chapter';
import { subscribeTo, useAppStore, type AppState } from './app-store';

/** How often, at most, scrubbing and panning write the address. */
export const URL_WRITE_INTERVAL_MS = 200;

interface CardBinding {
  /** The data file that says which ids of this kind exist: a permalink to such a card waits for it. */
  file: DataKey;
  selected: (state: AppState) => string | null;
  open: (id: string) => void;
  exists: (id: string) => boolean;
}

/** How each kind of card is read from the store, opened and checked against the data. */
const CARDS: Partial<Record<CardKind, CardBinding>> = {
  place: {
    file: 'places',
    selected: (state) => state.selectedPlaceId,
    open: (id) => useAppStore.getState().selectPlace(id, 0, 'url'),
    exists: (id) => useDataStore.getState().index.placesById.has(id),
  },
  statement: {
    file: 'statements',
    selected: (state) => state.selectedStatementId,
    open: (id) => useAppStore.getState().selectStatement(id),
    exists: (id) => (useDataStore.getState().data.statements ?? []).some((statement) => statement.id === id),
  },
  outcome: {
    file: 'outcome',
    selected: (state) => state.selectedOutcomeId,
    open: (id) => useAppStore.getState().selectOutcome(id),
    exists: (id) => useDataStore.getState().index.outcomeById.has(id),
  },
  unit: {
    file: 'units',
    selected: (state) => state.selectedUnitId,
    open: (id) => useAppStore.getState().selectUnit(id),
    exists: (id) => useDataStore.getState().index.unitsById.has(id),
  },
};

const knownChapter = (id: string): boolean => (useDataStore.getState().data.tour?.chapters ?? []).some((chapter) => chapter.id === id);

/** The card open in the store (one at a time), or null. */
export function openCard(state: AppState): CardRef | null {
  for (const kind of CARD_KINDS) {
    const id = CARDS[kind]?.selected(state);
    if (id !== undefined && id !== null) return { kind, id };
  }
  return null;
}

function apply(link: Permalink): void {
  const state = useAppStore.getState();
  if (link.time !== undefined) state.setTime(link.time);
  if (link.view !== undefined) state.jumpTo(link.view);
  state.setShowOutcome(link.showOutcome ?? false);
  state.setLabelLanguage(link.labelLanguage ?? DEFAULT_LABEL_LANGUAGE);
  state.setUnitFilter(link.unitFilter ?? null);
  const binding = link.card === undefined ? undefined : CARDS[link.card.kind];
  // A tour chapter sets its own moment, layers and frame; a card named beside it opens over it.
  if (link.chapter !== undefined) openChapter(link.chapter);
  else if (state.tourChapterId !== null) openChapter(null);
  if (link.card !== undefined && binding !== undefined) binding.open(link.card.id);
  else if (link.chapter === undefined) state.selectPlace(null, 0, 'url'); // closes whichever card is open
}

/** The permalink of the current state (the hash only). */
export function currentHash(): string {
  const state = useAppStore.getState();
  return formatPermalink({ time: state.time, card: openCard(state), chapter: state.tourChapterId, view: state.view, showOutcome: state.showOutcome, labelLanguage: state.labelLanguage, unitFilter: state.unitFilterId });
}

/** The view's absolute address: the page's own origin and path with the current state's hash. */
export function currentPermalink(): string {
  return `${window.location.origin}${window.location.pathname}${currentHash()}`;
}

/**
 * Keeps the URL hash and the store in step. The hash is read once the data is known (so unknown card ids can be
 * dropped). Opening a new card adds a history entry; closing one, scrubbing, panning and the layer and label
 * switches only replace the current entry (see domain/history-policy.ts); back/forward restore the state they
 * point at.
 */
export function startUrlSync(): () => void {
  let applying = false;
  let shownCard: CardRef | null = null;
  const known = (kind: CardKind, id: string): boolean => CARDS[kind]?.exists(id) ?? false;
  let pendingWrite: ReturnType<typeof setTimeout> | undefined;
  const readHash = (): void => {
    if (pendingWrite !== undefined) clearTimeout(pendingWrite);
    pendingWrite = undefined;
    pendingHash = undefined;
    applying = true;
    apply(parsePermalink(window.location.hash, known, knownChapter));
    shownCard = openCard(useAppStore.getState());
    applying = false;
  };
  // Scrubbing, playing and panning change the state many times a second; the address follows at most every
  // URL_WRITE_INTERVAL_MS (browsers throttle history calls, and each one costs a timeline step more than the map
  // does). The last change is always written. Before a card adds an entry, a pending write is made at once, with
  // the state as it was before the card opened, so the entry being left holds the state it was left in.
  let pendingHash: string | undefined;
  const write = (hash: string): void => {
    if (hash !== window.location.hash) window.history.replaceState(window.history.state, '', hash);
  };
  const flush = (): void => {
    if (pendingWrite !== undefined) clearTimeout(pendingWrite);
    const hash = pendingHash;
    pendingWrite = undefined;
    pendingHash = undefined;
    if (hash !== undefined) write(hash);
  };
  const replace = (): void => {
    if (applying) return;
    pendingHash = currentHash();
    pendingWrite ??= setTimeout(flush, URL_WRITE_INTERVAL_MS);
  };
  const cardChanged = (): void => {
    const previous = shownCard;
    const next = openCard(useAppStore.getState());
    shownCard = next;
    if (applying) return;
    flush();
    const entryWasClosed = isClosedCardEntry(window.history.state);
    const entry: HistoryEntryState = next === null ? { closedCard: previous !== null || entryWasClosed } : {};
    if (historyActionForCard(previous, next, entryWasClosed) === 'push') window.history.pushState(entry, '', currentHash());
    else window.history.replaceState(entry, '', currentHash());
  };

  // The view, time and labels can be applied before the data arrives, so the map opens as the link says.
  const early = parsePermalink(window.location.hash, () => false);
  // The hash is read once the gazetteer, and the files of the card and chapter it links to, have arrived or
  // failed; every file loads on its own, so a link to a place does not wait for the outcome file, nor a link to
  // an event fail.
  const linked = parsePermalink(window.location.hash, () => true, () => true);
  const needed: DataKey[] = [
    linked.card === undefined ? undefined : CARDS[linked.card.kind]?.file,
    linked.chapter === undefined ? undefined : 'tour',
    linked.unitFilter === undefined ? undefined : 'units',
  ].filter((key): key is DataKey => key !== undefined);
  const settled = (state: ReturnType<typeof useDataStore.getState>): boolean => state.status === 'ready' && needed.every((key) => state.files[key].state !== 'loading');
  let waiting = true;
  const onData = (state: ReturnType<typeof useDataStore.getState>): void => {
    if (!waiting || !settled(state)) return;
    waiting = false;
    stopWaiting();
    readHash();
    write(currentHash());
  };
  const stopWaiting = useDataStore.subscribe(onData);
  onData(useDataStore.getState());
  if (early.view !== undefined) useAppStore.getState().jumpTo(early.view);
  if (early.time !== undefined) useAppStore.getState().setTime(early.time);
  if (early.labelLanguage !== undefined) useAppStore.getState().setLabelLanguage(early.labelLanguage);

  const unsubscribers = [
    subscribeTo((state) => cardKey(openCard(state)), cardChanged),
    subscribeTo((state) => state.time, replace),
    subscribeTo((state) => state.view, replace),
    subscribeTo((state) => state.showOutcome, replace),
    subscribeTo((state) => state.labelLanguage, replace),
    subscribeTo((state) => state.tourChapterId, replace),
    subscribeTo((state) => state.unitFilterId, replace),
  ];
  window.addEventListener('popstate', readHash);
  window.addEventListener('pagehide', flush);
  return () => {
    flush();
    window.removeEventListener('pagehide', flush);
    stopWaiting();
    for (const unsubscribe of unsubscribers) unsubscribe();
    window.removeEventListener('popstate', readHash);
  };
}
