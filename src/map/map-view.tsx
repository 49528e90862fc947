import { useEffect, useRef } from 'react';
import { useAppStore } from '../store/app-store';
import { MapAdapter } from './map-adapter';
import { buildMapStyle } from './map-style';

/**
 * The map's React shell: an empty div that the adapter fills. It renders once; nothing the store holds is read
 * during render, so scrubbing the timeline or selecting a place never re-renders it.
 */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (container === null) return;
    const adapter = new MapAdapter({
      container,
      style: buildMapStyle(document.baseURI),
      baseUrl: document.baseURI,
      initialView: useAppStore.getState().view,
      onViewChange: (view) => useAppStore.getState().setView(view),
    });
    return () => adapter.destroy();
  }, []);

  return <div ref={containerRef} className="map" role="region" aria-label="Map of central Korea, January 1951" data-testid="map" />;
}
