import { useAppStore } from '../store/app-store';
import type { MapSurface, ScreenPoint } from './map-contract';
import { INTERACTIVE_OUTCOME_LAYERS } from './outcome-layers';
import { BROAD_PLACE_LAYERS, PRECISE_PLACE_LAYERS } from './places-layers';
import { INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER } from './situation-layers';

export type Pick = { kind: 'unit'; id: string } | { kind: 'place'; id: string } | { kind: 'outcome'; id: string } | { kind: 'statement'; id: string };

type Properties = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
// An alternative location carries the id of the place it is an alternative for; a place feature its own id.
const placeIdOf = (properties: Properties): string | undefined => text(properties.placeId) ?? text(properties.id);

/**
 * What the pointer is on, most specific first: a unit's symbol (it stands over its place), a place's dot or name, an outcome event, a line or arrow of the
 * situation, and only then the broad things (a river, the area of an unidentified name), which would otherwise
 * swallow every click over Seoul.
 */
const PRIORITY: { kind: Pick['kind']; layers: string[]; idOf: (properties: Properties) => string | undefined }[] = [
  { kind: 'unit', layers: [UNIT_SYMBOL_LAYER], idOf: (properties) => text(properties.unitId) },
  { kind: 'place', layers: PRECISE_PLACE_LAYERS, idOf: placeIdOf },
  { kind: 'outcome', layers: INTERACTIVE_OUTCOME_LAYERS, idOf: (properties) => text(properties.eventId) },
  { kind: 'statement', layers: INTERACTIVE_SITUATION_LAYERS, idOf: (properties) => text(properties.statementId) },
  { kind: 'place', layers: BROAD_PLACE_LAYERS, idOf: placeIdOf },
];

const TOLERANCE_PX = 4;
/** How long a click waits for a second one (the usual double-click interval is 500 ms at most). */
const DOUBLE_CLICK_MS = 300;

export function pickAt(map: MapSurface, { x, y }: ScreenPoint): Pick | null {
  const box: [[number, number], [number, number]] = [
    [x - TOLERANCE_PX, y - TOLERANCE_PX],
    [x + TOLERANCE_PX, y + TOLERANCE_PX],
  ];
  for (const { kind, layers, idOf } of PRIORITY) {
    const present = layers.filter((id) => map.getLayer(id) !== undefined);
    if (present.length === 0) continue;
    for (const feature of map.queryRenderedFeatures(box, { layers: present })) {
      const id = idOf((feature.properties ?? {}) as Properties);
      if (id !== undefined) return { kind, id };
    }
  }
  return null;
}

/** Hover and click on the map, feeding the store; returns the teardown. */
export function bindPointer(map: MapSurface): () => void {
  const onMove = (event: { point: ScreenPoint }): void => {
    const pick = pickAt(map, event.point);
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
  let pending: ReturnType<typeof setTimeout> | undefined;
  const cancelPending = (): void => {
    globalThis.clearTimeout(pending);
    pending = undefined;
  };
  const onClick = (event: { point: ScreenPoint }): void => {
    cancelPending();
    const pick = pickAt(map, event.point);
    pending = globalThis.setTimeout(() => {
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
