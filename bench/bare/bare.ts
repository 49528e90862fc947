// The benchmark's floor: the same MapLibre style, data and images as the app, with no React, store or panels.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { resolveStyleImage } from '../../src/map/map-images';
import { buildMapStyle } from '../../src/map/map-style';
import { useAppStore } from '../../src/store/app-store';
import { DEFAULT_VIEW } from '../../src/store/view-slice';

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
if (container === null) throw new Error('no #map');
const map = new MapLibreMap({
  container,
  style: buildMapStyle(document.baseURI, useAppStore.getState()),
  center: [DEFAULT_VIEW.lon, DEFAULT_VIEW.lat],
  zoom: DEFAULT_VIEW.zoom,
  localIdeographFontFamily: false,
  fadeDuration: 0, // as the app's map (src/map/map-runtime.ts): without it this page would wait for fades the app does not
});
map.setMissingStyleImageResolver((id) => resolveStyleImage(map, id, document.baseURI));
map.once('idle', () => {
  container.dataset.mapReady = 'true';
});
window.__map = map;
