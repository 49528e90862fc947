import { Map as MapLibreMap, NavigationControl, ScaleControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView } from '../store/view-slice';
import { onceDataReady } from '../data/data-store';
import { bindStoreToMap } from './map-bindings';
import { resolveStyleImage } from './map-images';

// MapLibre 6 is ESM-only and cannot guess where its worker lives once bundled: without this the map fails
// with "Worker failed to load".
setWorkerUrl(workerUrl);

declare global {
  interface Window {
    /** The live map, for end-to-end tests and the benchmark (never used by the app itself). */
    __map?: MapLibreMap;
  }
}

export interface MapAdapterOptions {
  container: HTMLElement;
  style: StyleSpecification;
  baseUrl: string;
  initialView: MapView;
  onViewChange: (view: MapView) => void;
}

/**
 * Owns the one MapLibre map. React never renders it; the store drives it through subscriptions that the
 * adapter registers, and `destroy()` undoes all of them.
 */
export class MapAdapter {
  readonly map: MapLibreMap;
  private readonly cleanups: (() => void)[] = [];

  constructor({ container, style, baseUrl, initialView, onViewChange }: MapAdapterOptions) {
    this.map = new MapLibreMap({
      container,
      style,
      center: [initialView.lon, initialView.lat],
      zoom: initialView.zoom,
      minZoom: 5,
      maxZoom: 14,
      attributionControl: { compact: true },
      // Labels come from the bundled font (style `font-faces`), never from the reader's system fonts.
      localIdeographFontFamily: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.addControl(new NavigationControl({ visualizePitch: false, showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    // Hatch patterns are drawn on a canvas and unit symbols fetched from data/symbols/ when a layer first needs
    // them; MapLibre waits for the returned promise instead of dropping the icon.
    this.map.setMissingStyleImageResolver((id) => resolveStyleImage(this.map, id, baseUrl));
    // On a phone the attribution starts folded (its "i" button opens it), so it does not cover the timeline.
    if (window.matchMedia('(max-width: 760px)').matches) {
      this.map.once('load', () => container.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show'));
    }
    // Ready for readers (and tests) at the first idle once both the style and the telegram's data are in.
    this.map.once('load', () => {
      this.own(bindStoreToMap(this.map));
      this.own(
        onceDataReady(() =>
          this.map.once('idle', () => {
            container.dataset.mapReady = 'true';
          }),
        ),
      );
    });
    const reportView = (): void => {
      const center = this.map.getCenter();
      onViewChange({ zoom: this.map.getZoom(), lat: center.lat, lon: center.lng });
    };
    this.map.on('moveend', reportView);
    this.cleanups.push(() => this.map.off('moveend', reportView));
    window.__map = this.map;
  }

  /** Registers a teardown to run on destroy (store subscriptions, event handlers). */
  own(cleanup: () => void): void {
    this.cleanups.push(cleanup);
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    if (window.__map === this.map) delete window.__map;
    // Removing a map whose style is still loading throws inside MapLibre; StrictMode's double mount hits this,
    // so wait for the style first (as peripleo-maplibre does).
    if (this.map.isStyleLoaded()) this.map.remove();
    else this.map.once('load', () => this.map.remove());
  }
}
