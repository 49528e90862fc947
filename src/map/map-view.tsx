import { useEffect, useRef } from 'react';
import { setMapPhase } from './map-status';

/**
 * The map's React shell: an empty div that the adapter fills. It renders once; nothing the store holds is read
 * during render, so scrubbing the timeline or selecting a place never re-renders it. MapLibre arrives in its own
 * chunk (map-runtime.ts), after the text, search and cards already work.
 */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    // StrictMode runs this effect twice: the first run's import may resolve after its cleanup, so it checks.
    let alive = true;
    let stop: (() => void) | undefined;
    import('./map-runtime')
      .then(({ startMap }) => {
        if (alive) stop = startMap(container);
      })
      .catch((error: unknown) => {
        if (alive) setMapPhase('unavailable', `The map could not start (${error instanceof Error ? error.message : String(error)}).`);
      });
    return () => {
      alive = false;
      stop?.();
    };
  }, []);

  return <div ref={containerRef} className="map" role="region" aria-label="Map of central Korea, January 1951" data-testid="map" />;
}
