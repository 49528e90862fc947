import { useShallow } from 'zustand/react/shallow';
import { useMapStatus } from '../../map/map-status';

/** Says in the page what the map is missing: a layer whose data failed, or a first drawing that never finished. */
export function MapNotice() {
  const missingLayers = useMapStatus(useShallow((state) => state.missingLayers));
  const phase = useMapStatus((state) => state.phase);
  const reason = useMapStatus((state) => state.reason);
  if (missingLayers.length === 0 && phase !== 'stalled') return null;
  return (
    <div role="alert" className="map-notice">
      {missingLayers.length > 0 && <p>The map is missing {missingLayers.join(', ')}: that data could not be loaded. The rest of the map, the text and the cards still work.</p>}
      {phase === 'stalled' && reason !== null && <p>{reason} The text, the search and the cards still work.</p>}
    </div>
  );
}
