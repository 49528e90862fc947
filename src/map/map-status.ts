import type { Map as MapLibreMap } from 'maplibre-gl';
import { create } from 'zustand';

/**
 * The map's life as the panels see it, owned by src/map. `unavailable`: this browser cannot draw it (no WebGL)
 * or it failed to start; `stalled`: it has not finished its first drawing in time. Panels read this, never a
 * global, and get the live map through `getLiveMap()` only when they act on it (the PNG export).
 */
export type MapPhase = 'starting' | 'ready' | 'stalled' | 'unavailable';

export interface MapStatus {
  phase: MapPhase;
  /** Why the map is unavailable or stalled, in the reader's words. */
  reason: string | null;
  /** Map layers whose data or images failed to load, by name ("places", "unit symbols"). */
  missingLayers: string[];
}

const initialStatus: MapStatus = { phase: 'starting', reason: null, missingLayers: [] };

export const useMapStatus = create<MapStatus>()(() => initialStatus);

export function resetMapStatus(): void {
  useMapStatus.setState(initialStatus, true);
}

export function setMapPhase(phase: MapPhase, reason: string | null = null): void {
  useMapStatus.setState({ phase, reason });
}

export function reportMissingLayer(name: string): void {
  const { missingLayers } = useMapStatus.getState();
  if (!missingLayers.includes(name)) useMapStatus.setState({ missingLayers: [...missingLayers, name] });
}

/** The one live map, registered while it is alive (a type-only import: this file loads no MapLibre). */
let liveMap: MapLibreMap | null = null;

export function setLiveMap(map: MapLibreMap | null): void {
  liveMap = map;
}

export function getLiveMap(): MapLibreMap | null {
  return liveMap;
}
