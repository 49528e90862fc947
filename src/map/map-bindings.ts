import type { Map as MapLibreMap } from 'maplibre-gl';
import { subscribeTo, useAppStore } from '../store/app-store';
import type { Geometry } from '../../geo/schema/geometry-schema';
import { onceDataReady, useDataStore } from '../data/data-store';
import { bindPointer } from './map-pointer';
import { PLACES_SOURCE } from './places-layers';

/** Brings a place into view: a point is centred (zooming in a little if far out), a line or area is fitted. */
function easeToPlace(map: MapLibreMap, geometry: Geometry): void {
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 8.5), duration: 600 });
    return;
  }
  const positions = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat();
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], { padding: 80, duration: 600, maxZoom: 10 });
}


/** The first view when no permalink gives one: every place of the telegram in Korea, clear of the side panels. */
function fitToPlaces(map: MapLibreMap): void {
  const positions = [...useDataStore.getState().index.placesById.values()]
    .filter((place) => place.geometry.type === 'Point' && place.geometry.coordinates[0] > 124 && place.geometry.coordinates[0] < 131)
    .map((place) => place.geometry.coordinates as [number, number]);
  if (positions.length === 0) return;
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  map.fitBounds([[Math.min(...lons), Math.min(...lats)], [Math.max(...lons), Math.max(...lats)]], {
    padding: { top: 40, bottom: 150, left: 60, right: 60 },
    duration: 0,
  });
}

/** Keeps the map in step with the store, without React: returns the teardown. */
export function bindStoreToMap(map: MapLibreMap): () => void {
  const setPlaceState = (placeId: string | null, key: 'hover' | 'selected', value: boolean): void => {
    if (placeId !== null) map.setFeatureState({ source: PLACES_SOURCE, id: placeId }, { [key]: value });
  };
  const state = useAppStore.getState();
  map.setGlobalStateProperty('time', state.time);
  map.setGlobalStateProperty('labelLanguage', state.labelLanguage);
  map.setGlobalStateProperty('selectedPlace', state.selectedPlaceId ?? '');
  map.setGlobalStateProperty('showOutcome', state.showOutcome);
  setPlaceState(state.selectedPlaceId, 'selected', true);

  const stopFit = onceDataReady(() => {
    // A permalink's view counts as a jump; without one the map frames the telegram's places.
    if (useAppStore.getState().viewRequest === 0) fitToPlaces(map);
    const selected = useAppStore.getState().selectedPlaceId;
    setPlaceState(selected, 'selected', true);
  });

  const unsubscribers = [
    stopFit,
    // The timeline: one global-state property; MapLibre re-evaluates filters and paint, the data stays put.
    subscribeTo((s) => s.time, (time) => map.setGlobalStateProperty('time', time)),
    subscribeTo((s) => s.viewRequest, () => {
      const { view } = useAppStore.getState();
      map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    }),
    subscribeTo((s) => s.showOutcome, (show) => map.setGlobalStateProperty('showOutcome', show)),
    subscribeTo((s) => s.labelLanguage, (language) => map.setGlobalStateProperty('labelLanguage', language)),
    subscribeTo((s) => s.hoveredPlaceId, (placeId, previous) => {
      setPlaceState(previous, 'hover', false);
      setPlaceState(placeId, 'hover', true);
    }),
    subscribeTo((s) => s.selectedPlaceId, (placeId, previous) => {
      setPlaceState(previous, 'selected', false);
      setPlaceState(placeId, 'selected', true);
      map.setGlobalStateProperty('selectedPlace', placeId ?? '');
      const origin = useAppStore.getState().selectionOrigin;
      const place = placeId === null ? undefined : useDataStore.getState().index.placesById.get(placeId);
      if (place !== undefined && origin !== 'map') easeToPlace(map, place.geometry);
    }),
  ];

  const stopPointer = bindPointer(map);

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    stopPointer();
  };
}
