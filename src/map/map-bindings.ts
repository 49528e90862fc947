import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';
import { subscribeTo, useAppStore } from '../store/app-store';
import type { Geometry } from '../../geo/schema/geometry-schema';
import { onceDataReady, useDataStore } from '../data/data-store';
import { boundsOf } from '../domain/bounds';
import { bindPointer } from './map-pointer';
import { PLACES_SOURCE } from './places-layers';
import { frameBesideCard, positionsOf, statementPositions } from './card-framing';

/** Room the open card takes over the map: a sheet at the bottom on a phone, a column on the right elsewhere. */
function cardPadding(map: MapLibreMap): PaddingOptions {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  const narrow = window.matchMedia('(max-width: 760px)').matches;
  return narrow ? { top: 40, bottom: Math.round(height * 0.6) + 20, left: 30, right: 30 } : { top: 60, bottom: 150, left: 60, right: Math.min(420, Math.round(width * 0.46)) + 40 };
}

/** Brings a place into view beside its card: a point is centred in the free part of the map, a line or area fitted. */
function easeToPlace(map: MapLibreMap, geometry: Geometry, duration = 600): void {
  const padding = cardPadding(map);
  if (geometry.type === 'Point') {
    const [lon, lat] = geometry.coordinates;
    // An offset, not easeTo's padding: padding would stay on the map and shift every later view.
    const offset: [number, number] = [((padding.left ?? 0) - (padding.right ?? 0)) / 2, ((padding.top ?? 0) - (padding.bottom ?? 0)) / 2];
    map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 8.5), duration, offset });
    return;
  }
  const bounds = boundsOf(geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat());
  if (bounds !== undefined) map.fitBounds(bounds, { padding, duration, maxZoom: 10 });
}

/** Frames a set of places (a tour chapter's), clear of the tour's caption band and the timeline. */
function frameGeometries(map: MapLibreMap, geometries: readonly Geometry[]): void {
  const positions = geometries.flatMap((geometry) => (geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates.flat()));
  const bounds = boundsOf(positions);
  const narrow = window.matchMedia('(max-width: 760px)').matches;
  // Desktop: the band sits above the timeline and the legend at the top left; phone: the band is at the top.
  const padding = narrow ? { top: 290, bottom: 150, left: 30, right: 30 } : { top: 50, bottom: 330, left: 300, right: 80 };
  if (bounds !== undefined) map.fitBounds(bounds, { padding, duration: 800, maxZoom: 10.5 });
}

/** The first view when no permalink gives one: every place of the telegram in Korea, clear of the side panels. */
function fitToPlaces(map: MapLibreMap): void {
  const positions = [...useDataStore.getState().index.placesById.values()]
    .filter((place) => place.geometry.type === 'Point' && place.geometry.coordinates[0] > 124 && place.geometry.coordinates[0] < 131)
    .map((place) => place.geometry.coordinates as [number, number]);
  const bounds = boundsOf(positions);
  if (bounds !== undefined) map.fitBounds(bounds, { padding: { top: 40, bottom: 150, left: 60, right: 60 }, duration: 0 });
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
  map.setGlobalStateProperty('decoderPlace', state.decoderPlaceId ?? '');
  setPlaceState(state.selectedPlaceId, 'selected', true);

  const stopFit = onceDataReady(() => {
    // A permalink's view counts as a jump; without one the map shows the linked place, or frames them all.
    const selected = useAppStore.getState().selectedPlaceId;
    setPlaceState(selected, 'selected', true);
    const place = selected === null ? undefined : useDataStore.getState().index.placesById.get(selected);
    if (useAppStore.getState().viewRequest !== 0) return;
    if (place !== undefined) easeToPlace(map, place.geometry, 0);
    else fitToPlaces(map);
  });

  const unsubscribers = [
    stopFit,
    // The timeline: one global-state property; MapLibre re-evaluates filters and paint, the data stays put.
    subscribeTo((s) => s.time, (time) => map.setGlobalStateProperty('time', time)),
    subscribeTo((s) => s.viewRequest, () => {
      const { view } = useAppStore.getState();
      map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
    }),
    subscribeTo((s) => s.frameRequest, () => {
      const { placesById } = useDataStore.getState().index;
      const geometries = useAppStore.getState().framePlaceIds.flatMap((id) => {
        const place = placesById.get(id);
        return place === undefined ? [] : [place.geometry];
      });
      frameGeometries(map, geometries);
    }),
    subscribeTo((s) => s.showOutcome, (show) => map.setGlobalStateProperty('showOutcome', show)),
    subscribeTo((s) => s.decoderPlaceId, (placeId) => map.setGlobalStateProperty('decoderPlace', placeId ?? '')),
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
      // Picked on the map: stay put unless the card now covers it (a phone's bottom sheet).
      else if (place !== undefined) frameBesideCard(map, positionsOf(place.geometry), cardPadding(map));
    }),
    // A line, arrow or area opened from the map (or the list of what it shows) stays in sight beside its card.
    subscribeTo((s) => s.selectedStatementId, (statementId) => {
      if (statementId !== null) frameBesideCard(map, statementPositions(map, statementId), cardPadding(map));
    }),
  ];

  const stopPointer = bindPointer(map);

  return () => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    stopPointer();
  };
}
