import type { Geometry } from 'geojson';
import { useAppStore, type AppState } from '../store/app-store';
import { onceDataReady, useDataStore } from '../data/data-store';
import { boundsOf } from '../domain/bounds';
import { isNarrowScreen } from '../shared/layout';
import { GLOBAL_STATE, GLOBAL_STATE_KEYS, type GlobalStateKey, type GlobalStateValues } from './global-state';
import type { MapSurface, Padding } from './map-contract';
import { PLACES_SOURCE } from './places-layers';
import { frameBesideCard, outcomePositions, positionsOf, statementPositions } from './card-framing';

/** Room the open card takes over the map: a sheet at the bottom on a phone, a column on the right elsewhere. */
function cardPadding(map: MapSurface): Padding {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return isNarrowScreen() ? { top: 40, bottom: Math.round(height * 0.6) + 20, left: 30, right: 30 } : { top: 60, bottom: 150, left: 60, right: Math.min(420, Math.round(width * 0.46)) + 40 };
}

/** Brings a place into view beside its card: a point is centred in the free part of the map, a line or area fitted. */
function easeToPlace(map: MapSurface, geometry: Geometry, duration = 600): void {
  const padding = cardPadding(map);
  if (geometry.type === 'Point') {
    const [lon = 0, lat = 0] = geometry.coordinates;
    // An offset, not easeTo's padding: padding would stay on the map and shift every later view.
    const offset: [number, number] = [(padding.left - padding.right) / 2, (padding.top - padding.bottom) / 2];
    map.easeTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 8.5), duration, offset });
    return;
  }
  const positions = geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'Polygon' ? geometry.coordinates.flat() : [];
  const bounds = boundsOf(positions);
  if (bounds !== undefined) map.fitBounds(bounds, { padding, duration, maxZoom: 10 });
}

/** Frames a set of places (a tour chapter's), clear of the tour's caption band and the timeline. */
function frameGeometries(map: MapSurface, geometries: readonly Geometry[]): void {
  const positions = geometries.flatMap((geometry) => (geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.type === 'Polygon' ? geometry.coordinates.flat() : []));
  const bounds = boundsOf(positions);
  // Desktop: the band sits above the timeline and the legend at the top left; phone: the band is at the top.
  const padding = isNarrowScreen() ? { top: 290, bottom: 150, left: 30, right: 30 } : { top: 50, bottom: 330, left: 300, right: 80 };
  if (bounds !== undefined) map.fitBounds(bounds, { padding, duration: 800, maxZoom: 10.5 });
}

/** The first view when no permalink gives one (and "reset view"): every place of the telegram in Korea. */
export function fitToPlaces(map: MapSurface, duration = 0): void {
  const positions = [...useDataStore.getState().index.placesById.values()]
    .filter((place) => place.geometry.type === 'Point' && place.geometry.coordinates[0] > 124 && place.geometry.coordinates[0] < 131)
    .map((place) => place.geometry.coordinates as [number, number]);
  const bounds = boundsOf(positions);
  if (bounds !== undefined) map.fitBounds(bounds, { padding: { top: 40, bottom: 150, left: 60, right: 60 }, duration });
}

/** Mirrors one global-state key: set at once (fireImmediately), then on every change of its selector's value. */
function followGlobalState<K extends GlobalStateKey>(map: MapSurface, key: K): () => void {
  // Indexing the table with a generic key gives a union of selectors; this is the one selector for K.
  const selector = GLOBAL_STATE[key] as (state: AppState) => GlobalStateValues[K];
  return useAppStore.subscribe(selector, (value) => map.setGlobalStateProperty(key, value), { fireImmediately: true });
}

function setPlaceState(map: MapSurface, placeId: string | null, key: 'hover' | 'selected', value: boolean): void {
  if (placeId !== null) map.setFeatureState({ source: PLACES_SOURCE, id: placeId }, { [key]: value });
}

/**
 * What every map of the page draws from the store, without React: the global state its layer expressions read
 * (the timeline, label language, selection, outcome toggle; the data stays put) and the places' hover and selection
 * feature-state. `fixed` keys are set once and not followed (the swipe map's outcome half always shows the
 * outcome). Returns the teardown. Call only on a loaded map.
 */
export function bindStoreToStyle(map: MapSurface, fixed: Partial<GlobalStateValues> = {}): () => void {
  for (const [key, value] of Object.entries(fixed)) map.setGlobalStateProperty(key, value);
  const stops = [
    ...GLOBAL_STATE_KEYS.filter((key) => !(key in fixed)).map((key) => followGlobalState(map, key)),
    useAppStore.subscribe(
      (s) => s.hoveredPlaceId,
      (placeId, previous) => {
        setPlaceState(map, previous, 'hover', false);
        setPlaceState(map, placeId, 'hover', true);
      },
    ),
    useAppStore.subscribe(
      (s) => s.selectedPlaceId,
      (placeId, previous) => {
        setPlaceState(map, previous, 'selected', false);
        setPlaceState(map, placeId, 'selected', true);
      },
    ),
    onceDataReady(() => setPlaceState(map, useAppStore.getState().selectedPlaceId, 'selected', true)),
  ];
  setPlaceState(map, useAppStore.getState().selectedPlaceId, 'selected', true);
  return () => {
    for (const stop of stops) stop();
  };
}

/**
 * Keeps the page's map in step with the store: its style (bindStoreToStyle) and its camera, which the store moves
 * on a permalink, a tour chapter or an opened card. Returns the teardown. Call only on a loaded map.
 */
export function bindStoreToMap(map: MapSurface): () => void {
  const stops = [
    bindStoreToStyle(map),
    useAppStore.subscribe(
      (s) => s.viewRequest,
      () => {
        const { view } = useAppStore.getState();
        map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
      },
    ),
    useAppStore.subscribe(
      (s) => s.frameRequest,
      () => {
        const { placesById } = useDataStore.getState().index;
        const geometries = useAppStore.getState().framePlaceIds.flatMap((id) => {
          const place = placesById.get(id);
          return place === undefined ? [] : [place.geometry];
        });
        frameGeometries(map, geometries);
      },
    ),
    useAppStore.subscribe(
      (s) => s.selectedPlaceId,
      (placeId) => {
        const origin = useAppStore.getState().selectionOrigin;
        const place = placeId === null ? undefined : useDataStore.getState().index.placesById.get(placeId);
        if (place !== undefined && origin !== 'map') easeToPlace(map, place.geometry);
        // Picked on the map: stay put unless the card now covers it (a phone's bottom sheet).
        else if (place !== undefined) frameBesideCard(map, positionsOf(place.geometry), cardPadding(map));
      },
    ),
    // An outcome event (opened from search, the comparison or the map) stays in sight beside its card.
    useAppStore.subscribe(
      (s) => s.selectedOutcomeId,
      (eventId) => {
        const { outcomeById, placesById } = useDataStore.getState().index;
        const event = eventId === null ? undefined : outcomeById.get(eventId);
        if (event !== undefined) frameBesideCard(map, outcomePositions(event, placesById), cardPadding(map));
      },
    ),
    // A line, arrow or area opened from the map (or the list of what it shows) stays in sight beside its card.
    useAppStore.subscribe(
      (s) => s.selectedStatementId,
      (statementId) => {
        if (statementId !== null) frameBesideCard(map, statementPositions(map, statementId), cardPadding(map));
      },
    ),
    onceDataReady(() => {
      // A permalink's view counts as a jump; without one the map shows the linked place, or frames them all.
      const selected = useAppStore.getState().selectedPlaceId;
      const place = selected === null ? undefined : useDataStore.getState().index.placesById.get(selected);
      if (useAppStore.getState().viewRequest !== 0) return;
      if (place !== undefined) easeToPlace(map, place.geometry, 0);
      else fitToPlaces(map);
    }),
  ];

  return () => {
    for (const stop of stops) stop();
  };
}
