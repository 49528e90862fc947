import { setMapPhase } from './map-status';
import { useMapRuntime } from './use-map-runtime';

/**
 * The map's React shell: an empty div that the adapter fills. It renders once; nothing the store holds is read
 * during render, so scrubbing the timeline or selecting a place never re-renders it. MapLibre arrives in its own
 * chunk (map-runtime.ts), after the text, search and cards already work.
 */
export function MapView() {
  const containerRef = useMapRuntime(
    (runtime, container) => runtime.startMap(container),
    (message) => setMapPhase('unavailable', `The map could not start (${message}).`),
  );

  return <div ref={containerRef} className="map" role="region" aria-label="Map of central Korea, January 1951" data-testid="map" />;
}
