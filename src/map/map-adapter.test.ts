import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Place } from '../data/app-data';
import { buildIndex, useDataStore } from '../data/data-store';
import { resetAppStore, useAppStore } from '../store/app-store';
import type { MapView } from '../store/view-slice';
import { GLOBAL_STATE_KEYS, globalStateOf } from './global-state';
import { FakeMap } from './fake-map';
import { MapAdapter } from './map-adapter';
import { bindStoreToStyle } from './map-bindings';
import { MAP_SIDES } from './map-style';
import { resetMapStatus, useMapStatus } from './map-status';

const places = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/data/places.json', import.meta.url)), 'utf8')) as Place[];
const SOURCE_TITLES = { places: 'the places', situation: "the telegram's positions, lines and arrows", land: 'the coastline' };

function start(map: FakeMap, views: MapView[] = []): MapAdapter {
  return new MapAdapter(map, {
    container: map.getContainer(),
    onViewChange: (view) => views.push(view),
    sourceTitles: SOURCE_TITLES,
    readyTimeoutMs: 10_000,
  });
}

function dataArrives(): void {
  useDataStore.setState({ status: 'ready', data: { places }, index: buildIndex({ places }) });
}

beforeEach(() => {
  vi.useFakeTimers();
  resetAppStore();
  resetMapStatus();
  useDataStore.setState({ status: 'loading', data: {}, index: buildIndex({}) });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the map adapter under StrictMode (mount, unmount, mount before the first map loads)', () => {
  it('binds only the live map; the first map is removed at its late load and never touched after', () => {
    const first = new FakeMap();
    start(first).destroy();
    const second = new FakeMap();
    start(second);
    first.fire('load', {});
    second.fire('load', {});
    expect(first.removed).toBe(true);
    expect(first.calls).toEqual(['remove']);

    useAppStore.getState().stepHours(24);
    useAppStore.getState().selectPlace('seoul', 0, 'text');
    expect(second.globalState.time).toBe(useAppStore.getState().time);
    expect(second.globalState.selectedPlace).toBe('seoul');
    expect(second.featureState.get('places/seoul')).toEqual({ selected: true });
  });

  it('detaches every handler and store subscription synchronously on destroy', () => {
    const map = new FakeMap();
    const adapter = start(map);
    map.fire('load', {});
    const callsBefore = map.calls.length;
    adapter.destroy();
    expect(map.listenerCount).toBe(0);
    expect(map.removed).toBe(true);
    // The store moving on after the unmount must reach no map (the dead map would throw).
    useAppStore.getState().stepHours(5);
    useAppStore.getState().setShowOutcome(true);
    expect(map.calls.length).toBe(callsBefore + 1); // only "remove"
  });
});

describe('the store -> style contract', () => {
  it('sets every global-state key from the store at load, and follows each one', () => {
    const map = new FakeMap();
    start(map);
    useAppStore.getState().setTime(Date.UTC(1951, 0, 6, 7));
    map.fire('load', {});
    expect(map.getGlobalState()).toEqual(globalStateOf(useAppStore.getState()));
    expect(Object.keys(map.getGlobalState()).sort()).toEqual([...GLOBAL_STATE_KEYS].sort());

    const store = useAppStore.getState();
    store.stepHours(3);
    store.setLabelLanguage('hangul');
    store.setShowOutcome(true);
    store.selectPlace('wonju', 0, 'text');
    store.setUnitFilter('cpv-50-army');
    expect(map.getGlobalState()).toEqual({ time: Date.UTC(1951, 0, 6, 10), labelLanguage: 'hangul', showOutcome: true, selectedPlace: 'wonju', decoderPlace: '', unitFilter: 'cpv-50-army' });
    store.setUnitFilter(null);
    expect(map.globalState.unitFilter).toBe('');
    store.selectPlace(null);
    expect(map.globalState.selectedPlace).toBe('');
  });

  it('moves hover and selection feature-state from place to place', () => {
    const map = new FakeMap();
    start(map);
    map.fire('load', {});
    dataArrives();
    const store = useAppStore.getState();
    store.hoverPlace('seoul');
    store.hoverPlace('incheon');
    store.selectPlace('wonju', 0, 'map');
    store.selectPlace('hoengseong', 0, 'map');
    expect(map.featureState.get('places/seoul')).toEqual({ hover: false });
    expect(map.featureState.get('places/incheon')).toEqual({ hover: true });
    expect(map.featureState.get('places/wonju')).toEqual({ selected: false });
    expect(map.featureState.get('places/hoengseong')).toEqual({ selected: true });
    // Picked on the map: the map stays where the reader is looking.
    expect(map.calls).not.toContain('easeTo');
    store.selectPlace('incheon', 0, 'search');
    expect(map.calls.filter((call) => call === 'easeTo')).toHaveLength(1);
  });

  it('jumps on an explicit view request and reports where it really is after a move', () => {
    const map = new FakeMap();
    const views: MapView[] = [];
    start(map, views);
    map.fire('load', {});
    useAppStore.getState().jumpTo({ zoom: 9, lat: 37.6, lon: 126.9 });
    expect(map.getCenter()).toEqual({ lng: 126.9, lat: 37.6 });
    // The real map clamps to its bounds and zoom range; what it reports is what the URL must say.
    map.zoom = 14;
    map.fire('moveend', {});
    expect(views.at(-1)).toEqual({ zoom: 14, lat: 37.6, lon: 126.9 });
  });

  it('frames the places when the data arrives without a permalink view', () => {
    const map = new FakeMap();
    start(map);
    map.fire('load', {});
    expect(map.calls).not.toContain('fitBounds');
    dataArrives();
    expect(map.calls).toContain('fitBounds');
  });
});

describe('what the page is told about the map', () => {
  it('is ready at the first idle after the data has arrived', () => {
    const map = new FakeMap();
    start(map);
    map.fire('load', {});
    map.fire('idle', {});
    expect(useMapStatus.getState().phase).toBe('starting');
    dataArrives();
    map.fire('idle', {});
    expect(useMapStatus.getState().phase).toBe('ready');
    expect(map.container.dataset.mapReady).toBe('true');
  });

  it('names a source that failed to load, once', () => {
    const map = new FakeMap();
    start(map);
    map.fire('error', { sourceId: 'places', error: { message: 'HTTP 404' } });
    map.fire('error', { sourceId: 'places', error: { message: 'HTTP 404' } });
    map.fire('error', { error: { message: 'something without a source' } });
    expect(useMapStatus.getState().missingLayers).toEqual(['the places']);
  });

  it('says the map is stalled, and on what, when the first drawing does not come in time', () => {
    const map = new FakeMap();
    map.loadedSources = new Set(['land', 'situation']);
    start(map);
    vi.advanceTimersByTime(9_999);
    expect(useMapStatus.getState().phase).toBe('starting');
    vi.advanceTimersByTime(1);
    expect(useMapStatus.getState()).toMatchObject({ phase: 'stalled', reason: 'The map has not finished loading after 10 seconds: still waiting for the places.' });
  });

  it('is not stalled when it became ready in time, nor after it was destroyed', () => {
    const ready = new FakeMap();
    start(ready);
    dataArrives();
    ready.fire('load', {});
    ready.fire('idle', {});
    vi.advanceTimersByTime(20_000);
    expect(useMapStatus.getState().phase).toBe('ready');

    resetMapStatus();
    const gone = new FakeMap();
    start(gone).destroy();
    vi.advanceTimersByTime(20_000);
    expect(useMapStatus.getState().phase).toBe('starting');
  });
});

describe("the swipe map's outcome half (a second map beside the page's)", () => {
  function startOutcomeHalf(map: FakeMap): MapAdapter {
    return new MapAdapter(map, {
      container: map.getContainer(),
      bind: (loaded) => [bindStoreToStyle(loaded, MAP_SIDES.outcome.fixedState)],
      reportsPhase: false,
      sourceTitles: SOURCE_TITLES,
      readyTimeoutMs: 10_000,
    });
  }

  it("follows the store's time and selection but always shows the outcome, while the page's map hides it", () => {
    const page = new FakeMap();
    start(page);
    page.fire('load', {});
    const half = new FakeMap();
    startOutcomeHalf(half);
    half.fire('load', {});
    const store = useAppStore.getState();
    store.setShowOutcome(true);
    expect(page.globalState.showOutcome).toBe(true);
    store.setSidePanel('compare');
    // The swipe map is on: the page's map is the plan's half, the other half draws what happened.
    expect(page.globalState.showOutcome).toBe(false);
    expect(half.globalState.showOutcome).toBe(true);
    store.setShowOutcome(false);
    expect(half.globalState.showOutcome).toBe(true);
    store.setSwipeMap(false);
    store.setShowOutcome(true);
    expect(page.globalState.showOutcome).toBe(true);

    store.setTime(Date.UTC(1951, 0, 8));
    store.selectPlace('suwon', 0, 'text');
    expect(half.globalState.time).toBe(Date.UTC(1951, 0, 8));
    expect(half.globalState.selectedPlace).toBe('suwon');
    expect(half.featureState.get('places/suwon')).toEqual({ selected: true });
    // The camera is the page's map's: the outcome half is moved only by the camera sync.
    expect(half.calls.filter((call) => /easeTo|fitBounds|jumpTo/.test(call))).toEqual([]);
  });

  it("marks its own container ready and leaves the page's map status alone", () => {
    const page = new FakeMap();
    start(page);
    dataArrives();
    page.fire('load', {});
    page.fire('idle', {});
    expect(useMapStatus.getState().phase).toBe('ready');
    const half = new FakeMap();
    const adapter = startOutcomeHalf(half);
    expect(useMapStatus.getState().phase).toBe('ready');
    half.fire('load', {});
    half.fire('idle', {});
    expect(half.container.dataset.mapReady).toBe('true');
    vi.advanceTimersByTime(20_000);
    expect(useMapStatus.getState().phase).toBe('ready');
    adapter.destroy();
    expect(half.listenerCount).toBe(0);
    expect(half.removed).toBe(true);
    expect(half.container.dataset.mapReady).toBeUndefined();
    expect(useMapStatus.getState().phase).toBe('ready');
  });
});
