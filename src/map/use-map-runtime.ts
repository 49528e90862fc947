import { useEffect, useRef } from 'react';
import type * as MapRuntime from './map-runtime';

type Runtime = typeof MapRuntime;

let runtime: Promise<Runtime> | undefined;

/**
 * MapLibre's chunk (map-runtime.ts), asked for once: the first call starts the download, later calls share it. The
 * map panel's chunk calls it as soon as it arrives, so that MapLibre's code comes while React is still rendering the
 * panel, not after. A failed download is asked for again by the next call.
 */
export function loadMapRuntime(): Promise<Runtime> {
  if (runtime === undefined) {
    runtime = import('./map-runtime');
    runtime.catch(() => (runtime = undefined));
  }
  return runtime;
}

/**
 * Starts a map in the div the returned ref is given, once MapLibre's chunk (map-runtime.ts) has arrived, and stops
 * it on unmount. StrictMode runs the effect twice: the first run's import may resolve after its cleanup, so it
 * checks that it is still wanted. `start` and `onFailure` are read once, at mount.
 */
export function useMapRuntime(start: (runtime: Runtime, container: HTMLDivElement) => (() => void) | undefined, onFailure: (message: string) => void) {
  const containerRef = useRef<HTMLDivElement>(null);
  const once = useRef({ start, onFailure });
  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    let alive = true;
    let stop: (() => void) | undefined;
    loadMapRuntime()
      .then((runtime) => {
        if (alive) stop = once.current.start(runtime, container);
      })
      .catch((error: unknown) => {
        if (alive) once.current.onFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      alive = false;
      stop?.();
    };
  }, []);
  return containerRef;
}
