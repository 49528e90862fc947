import { useState } from 'react';
import { useMapRuntime } from './use-map-runtime';

/**
 * The React shell of the swipe map's outcome half: an empty div over the page's map that map-runtime.ts fills
 * (startOutcomeMap) and removes on unmount. Like MapView it never re-renders the map: a new clip or label only
 * changes this div's attributes.
 */
export function OutcomeMapView({ clipPath, label }: { clipPath: string; label: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const containerRef = useMapRuntime((runtime, container) => runtime.startOutcomeMap(container), setFailure);

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
