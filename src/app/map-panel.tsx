import { useEffect, useState } from 'react';
import { Legend } from '../features/legend/legend';
import { MapNotice } from '../features/map-notice/map-notice';
import { Timeline } from '../features/timeline/timeline';
import { TourPanel } from '../features/tour/tour-panel';
import { FormationFilterNotice } from '../features/units/formation-filter';
import { VisibleNow } from '../features/visible-now/visible-now';
import { setMapPhase } from '../map/map-status';
import { MapView } from '../map/map-view';
import { loadMapRuntime } from '../map/use-map-runtime';
import { supportsWebGl } from '../map/webgl-support';
import { PanelErrorBoundary } from './error-boundary';
import { CardsSlot, prefetchPanels, SwipeMapSlot } from './lazy-panels';

// MapLibre's code is asked for the moment this chunk arrives, while React renders what is below.
void loadMapRuntime().catch(() => undefined); // the map view reports a failure when it asks again

/**
 * Everything over the map: the map itself, its notices, legend, cards, tour caption and timeline. It comes in a
 * chunk of its own (lazy-panels.tsx), fetched as soon as the app starts, so that the text, the search and the
 * header work before the map's own code has arrived.
 */
export function MapPanel() {
  const [webGl] = useState(supportsWebGl);
  useEffect(prefetchPanels, []);
  useEffect(() => {
    if (!webGl) setMapPhase('unavailable', 'This browser cannot draw the map (WebGL is not available).');
  }, [webGl]);
  return (
    <>
      {webGl ? (
        <>
          <PanelErrorBoundary name="map">
            <MapView />
          </PanelErrorBoundary>
          <PanelErrorBoundary name="swipe map">
            <SwipeMapSlot />
          </PanelErrorBoundary>
        </>
      ) : (
        <div role="alert" className="no-webgl">
          This browser cannot draw the map (WebGL is not available). The telegram, the search and the place cards still work.
        </div>
      )}
      <MapNotice />
      <PanelErrorBoundary name="legend">
        <Legend />
      </PanelErrorBoundary>
      <div className="map-readout">
        <FormationFilterNotice />
        <PanelErrorBoundary name="list of what the map shows">
          <VisibleNow />
        </PanelErrorBoundary>
      </div>
      <PanelErrorBoundary name="place card">
        <CardsSlot />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="tour">
        <TourPanel />
      </PanelErrorBoundary>
      <PanelErrorBoundary name="timeline">
        <Timeline />
      </PanelErrorBoundary>
    </>
  );
}
