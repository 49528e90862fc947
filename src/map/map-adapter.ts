import type { MapView } from '../store/view-slice';
import { onceDataReady } from '../data/data-store';
import { bindStoreToMap } from './map-bindings';
import type { MapEventName, MapEvents, MapSurface } from './map-contract';
import { bindPointer } from './map-pointer';
import { reportMissingLayer, setMapPhase } from './map-status';

export interface MapAdapterOptions {
  container: HTMLElement;
  onViewChange: (view: MapView) => void;
  /** The reader's name for each source, for the message when one fails ("places", "coastline"). */
  sourceTitles: Record<string, string>;
  /** How long the first drawing may take before the page says the map is stalled. */
  readyTimeoutMs: number;
}

/**
 * Owns the one map's life. React never renders it; the store drives it through subscriptions registered only
 * while the adapter is alive. `destroy()` detaches every handler synchronously and defers only `remove()`:
 * StrictMode mounts, unmounts and mounts again before the first map has loaded, and a late `load` of the first
 * map must not bind the store to a removed map (the cause of "reading 'setGlobalStateProperty'" in development).
 */
export class MapAdapter {
  private disposed = false;
  private loaded = false;
  private ready = false;
  private readonly cleanups: (() => void)[] = [];

  constructor(
    private readonly map: MapSurface,
    private readonly options: MapAdapterOptions,
  ) {
    setMapPhase('starting');
    this.listen('load', this.onLoad, true);
    this.listen('moveend', this.reportView);
    this.listen('error', this.onError);
    const timer = setTimeout(this.onStalled, options.readyTimeoutMs);
    this.own(() => clearTimeout(timer));
  }

  get alive(): boolean {
    return !this.disposed;
  }

  /** Registers a teardown to run on destroy (store subscriptions, event handlers, timers). */
  own(cleanup: () => void): void {
    if (this.disposed) cleanup();
    else this.cleanups.push(cleanup);
  }

  destroy(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    delete this.options.container.dataset.mapReady;
    // Removing a map whose style is still loading throws inside MapLibre; wait for it (as peripleo-maplibre does).
    // Nothing of ours listens any more, so the late load only removes the map.
    if (this.loaded) this.map.remove();
    else this.map.once('load', () => this.map.remove());
  }

  private listen<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void, once = false): void {
    if (once) this.map.once(type, listener);
    else this.map.on(type, listener);
    this.own(() => this.map.off(type, listener));
  }

  private readonly onLoad = (): void => {
    this.loaded = true;
    if (this.disposed) return;
    this.own(bindStoreToMap(this.map));
    this.own(bindPointer(this.map));
    // The map clamps a view outside its bounds or zoom range: report where it really is, so the URL says so too.
    this.reportView();
    this.own(
      onceDataReady(() => {
        if (!this.disposed) this.listen('idle', this.onFirstIdle, true);
      }),
    );
  };

  private readonly onFirstIdle = (): void => {
    if (this.disposed) return;
    this.ready = true;
    this.options.container.dataset.mapReady = 'true';
    setMapPhase('ready');
  };

  private readonly reportView = (): void => {
    if (this.disposed) return;
    const center = this.map.getCenter();
    this.options.onViewChange({ zoom: this.map.getZoom(), lat: center.lat, lon: center.lng });
  };

  private readonly onError = (event: MapEvents['error']): void => {
    if (this.disposed) return;
    const title = event.sourceId === undefined ? undefined : this.options.sourceTitles[event.sourceId];
    if (title !== undefined) reportMissingLayer(title);
  };

  private readonly onStalled = (): void => {
    if (this.disposed || this.ready) return;
    const waiting = Object.entries(this.options.sourceTitles)
      .filter(([id]) => !this.map.isSourceLoaded(id))
      .map(([, title]) => title);
    const seconds = Math.round(this.options.readyTimeoutMs / 1000);
    setMapPhase(
      'stalled',
      waiting.length > 0
        ? `The map has not finished loading after ${seconds} seconds: still waiting for ${waiting.join(', ')}.`
        : `The map has not finished drawing after ${seconds} seconds (its labels or symbols have not arrived).`,
    );
  };
}
