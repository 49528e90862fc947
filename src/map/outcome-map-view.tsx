import { useEffect, useRef, useState } from 'react';

/**
 * The React shell of the swipe map's outcome half: an empty div over the page's map that map-runtime.ts fills
 * (startOutcomeMap) and removes on unmount. Like MapView it never re-renders the map: a new clip or label only
 * changes this div's attributes.
 */
export function OutcomeMapView({ clipPath, label }: { clipPath: string; label: string }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    // StrictMode runs this effect twice: the first run's import may resolve after its cleanup, so it checks.
    let alive = true;
    let stop: (() => void) | undefined;
    import('./map-runtime')
      .then(({ startOutcomeMap }) => {
        if (alive) stop = startOutcomeMap(container);
      })
      .catch((error: unknown) => {
        if (alive) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      alive = false;
      stop?.();
    };
  }, []);

  return (
    <>
      <div ref={containerRef} className="map outcome-map" role="region" aria-label={label} data-testid="compare-map" style={{ clipPath }} />
      {failure !== null && (
        <p role="alert" className="outcome-map-failed">
          What happened could not be drawn beside the plan ({failure}).
        </p>
      )}
    </>
  );
}
