import type { Geometry } from 'geojson';
import type { MapEventName, MapEvents, MapSurface } from './map-contract';

type Listener = (event: never) => void;

/**
 * A map that records what is done to it, for unit tests of the adapter contract (no WebGL, no DOM).
 * `fire()` plays MapLibre's part: `load`, `idle`, `moveend`, `error`. Like MapLibre, `jumpTo` fires `move` and
 * `moveend` synchronously (what the camera sync between the swipe map's halves must not echo back).
 */
export class FakeMap implements MapSurface {
  readonly globalState: Record<string, unknown> = {};
  readonly featureState = new Map<string, Record<string, unknown>>();
  readonly calls: string[] = [];
  /** The options of each easeTo and the bounds and options of each fitBounds, in order. */
  readonly eases: unknown[] = [];
  readonly fits: { bounds: unknown; options: unknown }[] = [];
  removed = false;
  zoom = 7;
  center = { lng: 127.5, lat: 37.5 };
  bearing = 0;
  pitch = 0;
  loadedSources = new Set<string>();
  private readonly listeners = new Map<MapEventName, Set<Listener>>();
  private readonly onceListeners = new Map<MapEventName, Set<Listener>>();
  readonly container = { dataset: {} as Record<string, string>, clientWidth: 1200, clientHeight: 800 };

  /** How many handlers are attached, over all events: zero after a clean teardown. */
  get listenerCount(): number {
    let count = 0;
    for (const set of [...this.listeners.values(), ...this.onceListeners.values()]) count += set.size;
    return count;
  }

  fire<K extends MapEventName>(type: K, event: MapEvents[K]): void {
    if (this.removed) throw new Error(`event "${type}" fired on a removed map`);
    const once = [...(this.onceListeners.get(type) ?? [])];
    this.onceListeners.delete(type);
    for (const listener of [...(this.listeners.get(type) ?? []), ...once]) (listener as (event: MapEvents[K]) => void)(event);
  }

  private live(what: string): void {
    if (this.removed) throw new Error(`${what} called on a removed map`);
    this.calls.push(what);
  }

  setGlobalStateProperty(name: string, value: unknown): this {
    this.live(`setGlobalStateProperty ${name}`);
    this.globalState[name] = value;
    return this;
  }
  getGlobalState(): Record<string, unknown> {
    return { ...this.globalState };
  }
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void {
    this.live(`setFeatureState ${feature.source}/${feature.id}`);
    const key = `${feature.source}/${feature.id}`;
    this.featureState.set(key, { ...this.featureState.get(key), ...state });
  }
  jumpTo(options: { center: [number, number]; zoom: number; bearing?: number; pitch?: number }): this {
    this.live('jumpTo');
    this.center = { lng: options.center[0], lat: options.center[1] };
    this.zoom = options.zoom;
    this.bearing = options.bearing ?? this.bearing;
    this.pitch = options.pitch ?? this.pitch;
    this.fire('move', {});
    this.fire('moveend', {});
    return this;
  }
  easeTo(options: { center: [number, number]; zoom: number }): this {
    this.live('easeTo');
    this.eases.push(options);
    this.center = { lng: options.center[0], lat: options.center[1] };
    this.zoom = options.zoom;
    return this;
  }
  fitBounds(bounds?: unknown, options?: unknown): this {
    this.live('fitBounds');
    this.fits.push({ bounds, options });
    return this;
  }
  getZoom(): number {
    return this.zoom;
  }
  getCenter(): { lng: number; lat: number } {
    return this.center;
  }
  getBearing(): number {
    return this.bearing;
  }
  getPitch(): number {
    return this.pitch;
  }
  getContainer(): HTMLElement {
    return this.container as unknown as HTMLElement;
  }
  isSourceLoaded(id: string): boolean {
    return this.loadedSources.has(id);
  }
  /** Nothing is drawn on a fake map; map-pointer.test.ts overrides these two. */
  queryRenderedFeatures(box: [[number, number], [number, number]], options: { layers: string[] }): { properties: unknown }[] {
    this.calls.push(`queryRenderedFeatures ${options.layers.join(',')} ${box.flat().join(',')}`);
    return [];
  }
  project([lon, lat]: [number, number]): { x: number; y: number } {
    this.calls.push(`project ${lon},${lat}`);
    return { x: 0, y: 0 };
  }

  querySourceFeatures(source: string): { geometry: Geometry }[] {
    this.calls.push(`querySourceFeatures ${source}`);
    return [];
  }

  getLayer(id: string): unknown {
    this.calls.push(`getLayer ${id}`);
    return undefined;
  }
  getCanvas(): { style: { cursor: string } } {
    return { style: { cursor: '' } };
  }
  getCanvasContainer(): { addEventListener(): void; removeEventListener(): void } {
    return { addEventListener: () => undefined, removeEventListener: () => undefined };
  }
  on<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): this {
    this.add(this.listeners, type, listener as Listener);
    return this;
  }
  once<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): this {
    this.add(this.onceListeners, type, listener as Listener);
    return this;
  }
  off<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): this {
    this.listeners.get(type)?.delete(listener as Listener);
    this.onceListeners.get(type)?.delete(listener as Listener);
    return this;
  }
  remove(): void {
    this.live('remove');
    this.removed = true;
  }
  private add(map: Map<MapEventName, Set<Listener>>, type: MapEventName, listener: Listener): void {
    const set = map.get(type) ?? new Set<Listener>();
    set.add(listener);
    map.set(type, set);
  }
}
