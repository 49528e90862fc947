import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type IControl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAppStore } from '../store/app-store';
import { isNarrowScreen } from '../shared/layout';
import { MAP_MAX_ZOOM, MAP_MIN_ZOOM, MAP_REGION } from '../shared/region';
import { MapAdapter } from './map-adapter';
import { fitToPlaces } from './map-bindings';
import { reportMissingLayer, setLiveMap } from './map-status';
import { buildMapStyle, SOURCE_TITLES } from './map-style';
import { resolveStyleImage } from './map-images';

/**
 * Everything that needs MapLibre, loaded as its own chunk by map-view.tsx after the text is on screen.
 */

// MapLibre 6 is ESM-only and cannot guess where its worker lives once bundled: without this the map fails
// with "Worker failed to load".
setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** Test hook: the live map, for end-to-end tests and the benchmark (never read by the app itself). */
    __map?: MapLibreMap;
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

/** Creates the map in `container` and returns its teardown. */
export function startMap(container: HTMLElement): () => void {
  const baseUrl = document.baseURI;
  const { view } = useAppStore.getState();
  const map = new MapLibreMap({
    container,
    style: buildMapStyle(baseUrl, useAppStore.getState()),
    center: [view.lon, view.lat],
    zoom: view.zoom,
    minZoom: MAP_MIN_ZOOM,
    maxZoom: MAP_MAX_ZOOM,
    maxBounds: MAP_REGION,
    renderWorldCopies: false,
    attributionControl: { compact: true },
    // Labels come from the bundled glyphs (style `glyphs`), never from the reader's system fonts.
    localIdeographFontFamily: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  map.addControl(new NavigationControl({ visualizePitch: false, showCompass: false }), 'top-right');
  map.addControl(new ResetViewControl(), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  // Hatch patterns are drawn on a canvas and unit symbols fetched from data/symbols/ when a layer first needs
  // them; MapLibre waits for the returned promise instead of dropping the icon. A symbol that fails is reported.
  map.setMissingStyleImageResolver((id) => resolveStyleImage(map, id, baseUrl).catch(() => reportMissingLayer('the unit symbols')));
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
