import type { MapView } from '../store/view-slice';
import { onceDataReady } from '../data/data-store';
import { bindStoreToMap } from './map-bindings';
import type { MapEventName, MapEvents, MapSurface } from './map-contract';
import { bindPointer } from './map-pointer';
import { reportMissingLayer, setMapPhase } from './map-status';

export interface MapAdapterOptions {
  container: HTMLElement;
  /** Told where the map is after every move (the page's map tells the store, and so the URL). */
  onViewChange?: (view: MapView) => void;
  /** What is bound to the map once it has loaded; each returns its teardown. The page's map: bindMainMap. */
  bind?: (map: MapSurface) => (() => void)[];
  /**
   * The page's map tells the page its phase (starting, ready, stalled: map-status.ts); a second map (the swipe
   * map's outcome half) only marks its own container ready, and its stall is not the page's.
   */
  reportsPhase?: boolean;
  /** The reader's name for each source, for the message when one fails ("places", "coastline"). */
  sourceTitles: Record<string, string>;
  /** How long the first drawing may take before the page says the map is stalled. */
  readyTimeoutMs: number;
}

/** What the page's map binds at load: the store (style and camera) and the pointer. */
export function bindMainMap(map: MapSurface): (() => void)[] {
  return [bindStoreToMap(map), bindPointer(map)];
}

/**
 * Owns one map's life (the page's map, or the swipe map's second half). React never renders it; the store drives
 * it through subscriptions registered only while the adapter is alive. `destroy()` detaches every handler synchronously and defers only `remove()`:
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
    this.listen('load', this.onLoad, true);
    this.listen('moveend', this.reportView);
    this.listen('error', this.onError);
    if (this.reportsPhase) {
      setMapPhase('starting');
      const timer = setTimeout(this.onStalled, options.readyTimeoutMs);
      this.own(() => clearTimeout(timer));
    }
  }

  private get reportsPhase(): boolean {
    return this.options.reportsPhase ?? true;
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
    for (const teardown of (this.options.bind ?? bindMainMap)(this.map)) this.own(teardown);
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
    if (this.reportsPhase) setMapPhase('ready');
  };

  private readonly reportView = (): void => {
    if (this.disposed || this.options.onViewChange === undefined) return;
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
