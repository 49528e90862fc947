import type { ExpressionSpecification } from 'maplibre-gl';
import { readGlobalState } from './global-state';

/**
 * The domain's "as of" rules (domain/visibility.ts) as style expressions over the `time` global state, so
 * scrubbing never touches source data. visibility.test.ts and layer-filters.test.ts check they agree.
 */
const time = readGlobalState('time');

/** phaseAt() as a style expression. */
export const phaseExpression: ExpressionSpecification = [
  'case',
  ['<', time, ['get', 'knownFrom']],
  'hidden',
  ['<', time, ['get', 'start']],
  'pending',
  ['<', time, ['get', 'end']],
  'active',
  'past',
];

/** Only features the reader may see at the current time pass this filter. */
export const visibleNowFilter: ExpressionSpecification = ['>=', time, ['get', 'knownFrom']];

/**
 * opacityAt() as a style expression: the phase picks one of the opacities each feature carries (phaseOpacities(),
 * written by the data build from the same table). Kept this small on purpose: MapLibre parses a paint expression
 * that reads global state again for every layer at every timeline step.
 */
export const opacityExpression: ExpressionSpecification = [
  'case',
  ['<', time, ['get', 'knownFrom']],
  ['get', 'opacityHidden'],
  ['<', time, ['get', 'start']],
  ['get', 'opacityPending'],
  ['<', time, ['get', 'end']],
  ['get', 'opacityActive'],
  ['get', 'opacityPast'],
];

const unitFilter = readGlobalState('unitFilter');

/** inFormation() (domain/order-of-battle.ts) as a style expression: all features when no formation is chosen. */
export const formationFilter: ExpressionSpecification = ['any', ['==', unitFilter, ''], ['in', ['concat', '|', unitFilter, '|'], ['get', 'formations']]];

/** True while the map shows one formation only. */
export const formationChosen: ExpressionSpecification = ['!=', unitFilter, ''];
