import type { Map as MapLibreMap, MapMouseEvent, PointLike } from 'maplibre-gl';
import { useAppStore } from '../store/app-store';
import { INTERACTIVE_OUTCOME_LAYERS } from './outcome-layers';
import { INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER } from './situation-layers';

export type Pick = { kind: 'unit'; id: string } | { kind: 'place'; id: string } | { kind: 'outcome'; id: string } | { kind: 'statement'; id: string };

/**
 * What the pointer is on, most specific first: a unit's symbol (it stands over its place), a place's dot or name, an outcome event, a line or arrow of the
 * situation, and only then the broad things (a river, the area of an unidentified name), which would otherwise
 * swallow every click over Seoul.
 */
const PRIORITY: { kind: Pick['kind']; layers: string[]; key: string }[] = [
  { kind: 'unit', layers: [UNIT_SYMBOL_LAYER], key: 'unitId' },
  { kind: 'place', layers: ['places-point', 'places-label', 'places-area-label', 'places-river-label', 'places-alternative', 'places-alternative-label'], key: 'placeId|id' },
  { kind: 'outcome', layers: INTERACTIVE_OUTCOME_LAYERS, key: 'eventId' },
  { kind: 'statement', layers: INTERACTIVE_SITUATION_LAYERS, key: 'statementId' },
  { kind: 'place', layers: ['places-area', 'places-river'], key: 'placeId|id' },
];

const TOLERANCE_PX = 4;
/** How long a click waits for a second one (the usual double-click interval is 500 ms at most). */
const DOUBLE_CLICK_MS = 300;

export function pickAt(map: MapLibreMap, x: number, y: number): Pick | null {
  const box: [PointLike, PointLike] = [
    [x - TOLERANCE_PX, y - TOLERANCE_PX],
    [x + TOLERANCE_PX, y + TOLERANCE_PX],
  ];
  for (const { kind, layers, key } of PRIORITY) {
    const present = layers.filter((id) => map.getLayer(id) !== undefined);
    if (present.length === 0) continue;
    for (const feature of map.queryRenderedFeatures(box, { layers: present })) {
      const properties = feature.properties as Record<string, unknown>;
      const id = key.split('|').map((name) => properties[name]).find((value) => typeof value === 'string');
      if (typeof id === 'string') return { kind, id } as Pick;
    }
  }
  return null;
}

/** Hover and click on the map, feeding the store; returns the teardown. */
export function bindPointer(map: MapLibreMap): () => void {
  const onMove = (event: MapMouseEvent): void => {
    const pick = pickAt(map, event.point.x, event.point.y);
    map.getCanvas().style.cursor = pick === null ? '' : 'pointer';
    const placeId = pick?.kind === 'place' ? pick.id : null;
    if (useAppStore.getState().hoveredPlaceId !== placeId) useAppStore.getState().hoverPlace(placeId);
  };
  const onLeave = (): void => {
    map.getCanvas().style.cursor = '';
    useAppStore.getState().hoverPlace(null);
  };
  // A click opens its card only once it is clear it was not the first half of a double-click or double-tap,
  // which zoom the map instead.
  let pending: number | undefined;
  const cancelPending = (): void => {
    window.clearTimeout(pending);
    pending = undefined;
  };
  const onClick = (event: MapMouseEvent): void => {
    cancelPending();
    const pick = pickAt(map, event.point.x, event.point.y);
    pending = window.setTimeout(() => {
      pending = undefined;
      const state = useAppStore.getState();
      if (pick?.kind === 'unit') state.selectUnit(pick.id);
      else if (pick?.kind === 'place') state.selectPlace(pick.id);
      else if (pick?.kind === 'outcome') state.selectOutcome(pick.id);
      else if (pick?.kind === 'statement') state.selectStatement(pick.id);
    }, DOUBLE_CLICK_MS);
  };
  const canvas = map.getCanvasContainer();
  map.on('mousemove', onMove);
  map.on('click', onClick);
  map.on('dblclick', cancelPending);
  map.on('zoomstart', cancelPending);
  canvas.addEventListener('mouseleave', onLeave);
  return () => {
    cancelPending();
    map.off('mousemove', onMove);
    map.off('click', onClick);
    map.off('dblclick', cancelPending);
    map.off('zoomstart', cancelPending);
    canvas.removeEventListener('mouseleave', onLeave);
  };
}
