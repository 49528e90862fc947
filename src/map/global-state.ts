import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { AppState } from '../store/app-store';
import { swipeMapShown } from '../store/reading-slice';

/**
 * The one contract between the store and the style: every global-state key the layer expressions read, with the
 * store selector it mirrors. The style's `state` block and the map's subscriptions are both generated from this
 * table, so a key cannot be spelled differently in the style and in the binding.
 */
export const GLOBAL_STATE = {
  /** The timeline position, ms on the document clock. */
  time: (state: AppState): number => state.time,
  labelLanguage: (state: AppState): string => state.labelLanguage,
  /** The open place card's place ('' when none: global state holds no null). */
  selectedPlace: (state: AppState): string => state.selectedPlaceId ?? '',
  /** In the swipe map the page's map is the plan's half: what happened is drawn only in the other half. */
  showOutcome: (state: AppState): boolean => state.showOutcome && !swipeMapShown(state),
  /** The place whose decoder suggestions are drawn ('' when none). */
  decoderPlace: (state: AppState): string => state.decoderPlaceId ?? '',
  /** The one formation whose statements the map shows ('' = all of them). */
  unitFilter: (state: AppState): string => state.unitFilterId ?? '',
} as const;

export type GlobalStateKey = keyof typeof GLOBAL_STATE;
export type GlobalStateValues = { [K in GlobalStateKey]: ReturnType<(typeof GLOBAL_STATE)[K]> };

export const GLOBAL_STATE_KEYS = Object.keys(GLOBAL_STATE) as GlobalStateKey[];

/** The expression that reads one key; layers use this instead of spelling `['global-state', '...']`. */
export function readGlobalState(key: GlobalStateKey): ExpressionSpecification {
  return ['global-state', key];
}

export function globalStateOf(state: AppState): GlobalStateValues {
  return {
    time: GLOBAL_STATE.time(state),
    labelLanguage: GLOBAL_STATE.labelLanguage(state),
    selectedPlace: GLOBAL_STATE.selectedPlace(state),
    showOutcome: GLOBAL_STATE.showOutcome(state),
    decoderPlace: GLOBAL_STATE.decoderPlace(state),
    unitFilter: GLOBAL_STATE.unitFilter(state),
  };
}

/**
 * The style's `state` block, with the store's current values as defaults so the first frame is already right.
 * `fixed` holds the keys a map keeps at one value instead of following the store (the swipe map's outcome half).
 */
export function styleStateBlock(state: AppState, fixed: Partial<GlobalStateValues> = {}): NonNullable<StyleSpecification['state']> {
  const values = { ...globalStateOf(state), ...fixed };
  return Object.fromEntries(GLOBAL_STATE_KEYS.map((key) => [key, { default: values[key] }]));
}
