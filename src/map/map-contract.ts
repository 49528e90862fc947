/**
 * What the adapter, the bindings and the pointer need from a map, and nothing more. MapLibre's `Map` satisfies it
 * (map-runtime.ts passes one in); map-adapter.test.ts drives a fake that records calls, without WebGL.
 */
import type { Geometry } from 'geojson';
import type { FilterSpecification } from 'maplibre-gl';

export type LonLat = [number, number];
export type LonLatBounds = [LonLat, LonLat];

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

/** The map events the app listens to; `error` carries the failing source when a source failed. */
export interface MapEvents {
  load: object;
  idle: object;
  move: object;
  moveend: object;
  error: { error?: { message?: string }; sourceId?: string };
  mousemove: { point: ScreenPoint };
  click: { point: ScreenPoint };
  dblclick: object;
  zoomstart: object;
}
export type MapEventName = keyof MapEvents;

export interface MapSurface {
  setGlobalStateProperty(name: string, value: unknown): unknown;
  getGlobalState(): Record<string, unknown>;
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
  jumpTo(options: { center: LonLat; zoom: number; bearing?: number; pitch?: number }): unknown;
  easeTo(options: { center: LonLat; zoom: number; duration: number; offset: [number, number] }): unknown;
  fitBounds(bounds: LonLatBounds, options: { padding: Padding; duration: number; maxZoom?: number }): unknown;
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  getBearing(): number;
  getPitch(): number;
  getContainer(): HTMLElement;
  isSourceLoaded(id: string): boolean;
  queryRenderedFeatures(box: [[number, number], [number, number]], options: { layers: string[] }): { properties: unknown }[];
  getLayer(id: string): unknown;
  /** Screen position of a longitude/latitude (to tell whether a feature lies under a card). */
  project(lonLat: LonLat): ScreenPoint;
  querySourceFeatures(source: string, options: { filter: FilterSpecification }): { geometry: Geometry }[];
  getCanvas(): { style: { cursor: string } };
  getCanvasContainer(): { addEventListener(type: 'mouseleave', listener: () => void): void; removeEventListener(type: 'mouseleave', listener: () => void): void };
  on<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): unknown;
  off<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): unknown;
  once<K extends MapEventName>(type: K, listener: (event: MapEvents[K]) => void): unknown;
  remove(): void;
}
