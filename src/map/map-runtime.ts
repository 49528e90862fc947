import { Map as MapLibreMap, NavigationControl, prewarm, ScaleControl, setWorkerUrl, type IControl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAppStore } from '../store/app-store';
import { isNarrowScreen } from '../shared/layout';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, MAP_REGION } from '../shared/region';
import { syncCameras } from './camera-sync';
import { MapAdapter } from './map-adapter';
import { bindStoreToStyle, fitToPlaces } from './map-bindings';
import { bindPointer } from './map-pointer';
import { getLiveMap, reportMissingLayer, setLiveMap } from './map-status';
import { buildMapStyle, MAP_SIDES, SOURCE_TITLES, type MapSide } from './map-style';
import { resolveStyleImage } from './map-images';

/**
 * Everything that needs MapLibre, loaded as its own chunk by map-view.tsx after the text is on screen.
 */

// MapLibre 6 is ESM-only and cannot guess where its worker lives once bundled: without this the map fails
// with "Worker failed to load".
setWorkerUrl(workerUrl);
// The workers start loading their script now, while the page's map is still being set up, not only when the map
// first asks them for tiles; the pool then also outlives the map (StrictMode's second mount reuses it).
prewarm();

declare global {
  interface Window {
    /** Test hook: the live map, for end-to-end tests and the benchmark (never read by the app itself). */
    __map?: MapLibreMap;
    /** Test hook: the swipe map's outcome half while it is open, for end-to-end tests (never read by the app). */
    __compareMap?: MapLibreMap;
  }
}

const READY_TIMEOUT_MS = 20_000;

/** A button beside the zoom buttons that frames the telegram's places again. */
class ResetViewControl implements IControl {
  private readonly element = document.createElement('div');

  onAdd(map: MapLibreMap): HTMLElement {
    this.element.className = 'maplibregl-ctrl maplibregl-ctrl-group';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'reset-view';
    button.title = 'Reset view';
    button.setAttribute('aria-label', 'Reset view');
    button.textContent = '⌂';
    button.addEventListener('click', () => fitToPlaces(map, 600));
    this.element.append(button);
    return this.element;
  }

  onRemove(): void {
    this.element.remove();
  }
}

interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
  pitch?: number;
}

/** A MapLibre map of one side (map-style.ts) in `container`, over the telegram's region, drawing only local data. */
function createMap(container: HTMLElement, side: MapSide, camera: Camera, options: { canvasTitle: string; attribution: boolean }): MapLibreMap {
  const baseUrl = document.baseURI;
  const map = new MapLibreMap({
    container,
    style: buildMapStyle(baseUrl, useAppStore.getState(), side),
    ...camera,
    minZoom: MAP_MIN_ZOOM,
    maxZoom: MAP_MAX_ZOOM,
    maxBounds: MAP_REGION,
    renderWorldCopies: false,
    attributionControl: options.attribution ? { compact: true } : false,
    // Labels come from the bundled glyphs (style `glyphs`), never from the reader's system fonts.
    localIdeographFontFamily: false,
    // Labels and symbols are placed at once, not faded in over 300 ms: a timeline step lays the situation's tiles
    // out again, and a faded symbol kept the map from settling on the new moment for another 300 ms; read against
    // a moving timeline a fading label lags behind the time it belongs to.
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // The canvas is a named region; two maps on the page must not share one name.
    locale: { 'Map.Title': options.canvasTitle },
  });
  // Hatch patterns are drawn on a canvas and unit symbols fetched from data/symbols/ when a layer first needs
  // them; MapLibre waits for the returned promise instead of dropping the icon. A symbol that fails is reported.
  map.setMissingStyleImageResolver((id) => resolveStyleImage(map, id, baseUrl).catch(() => reportMissingLayer('the unit symbols')));
  return map;
}

/** Creates the page's map in `container` and returns its teardown. */
export function startMap(container: HTMLElement): () => void {
  const { view } = useAppStore.getState();
  const map = createMap(container, 'full', { center: [view.lon, view.lat], zoom: view.zoom }, { canvasTitle: 'Map: arrow keys pan, + and - zoom', attribution: true });
  map.addControl(new NavigationControl({ visualizePitch: false, showCompass: false }), 'top-right');
  map.addControl(new ResetViewControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  // On a phone the attribution starts folded (its "i" button opens it), so it does not cover the timeline.
  if (isNarrowScreen()) map.once('load', () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'));

  const adapter = new MapAdapter(map, {
    container,
    onViewChange: (next) => useAppStore.getState().setView(next),
    sourceTitles: SOURCE_TITLES,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  setLiveMap(map);
  window.__map = map;
  return () => {
    adapter.destroy();
    setLiveMap(null);
    if (window.__map === map) delete window.__map;
  };
}

/**
 * Creates the swipe map's outcome half in `container`, which lies over the page's map (the plan's half) and is
 * clipped to the part right of the divider. It draws what happened over the same basemap and places, follows the
 * store's time and selection through the same binding as the page's map, and shares its camera both ways. The
 * zoom buttons, scale and attribution stay the page's map's (they are drawn above both halves). Returns the
 * teardown, or undefined when the page's map is not there to pair with.
 */
export function startOutcomeMap(container: HTMLElement): (() => void) | undefined {
  const main = getLiveMap();
  if (main === null) return undefined;
  const { lng, lat } = main.getCenter();
  const camera = { center: [lng, lat] as [number, number], zoom: main.getZoom(), bearing: main.getBearing(), pitch: main.getPitch() };
  const map = createMap(container, 'outcome', camera, { canvasTitle: 'Map of what happened: arrow keys pan, + and - zoom', attribution: false });
  const stopSync = syncCameras(main, map);
  const adapter = new MapAdapter(map, {
    container,
    bind: (loaded) => [bindStoreToStyle(loaded, MAP_SIDES.outcome.fixedState), bindPointer(loaded)],
    reportsPhase: false,
    sourceTitles: SOURCE_TITLES,
    readyTimeoutMs: READY_TIMEOUT_MS,
  });
  window.__compareMap = map;
  return () => {
    stopSync();
    adapter.destroy();
    if (window.__compareMap === map) delete window.__compareMap;
  };
}
