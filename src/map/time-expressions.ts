import type { ExpressionSpecification } from 'maplibre-gl';
import { OPACITY } from '../domain/visibility';
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

/** opacityAt() as a style expression, generated from the same table. */
export const opacityExpression: ExpressionSpecification = [
  'match',
  ['concat', ['get', 'kind'], ':', phaseExpression],
  ...(Object.entries(OPACITY).flatMap(([kind, byPhase]) =>
    Object.entries(byPhase).map(([phase, value]) => [`${kind}:${phase}`, value]),
  ).flat() as [string, number]),
  0,
] as unknown as ExpressionSpecification;

const unitFilter = readGlobalState('unitFilter');

/** inFormation() (domain/order-of-battle.ts) as a style expression: all features when no formation is chosen. */
export const formationFilter: ExpressionSpecification = ['any', ['==', unitFilter, ''], ['in', ['concat', '|', unitFilter, '|'], ['get', 'formations']]];

/** True while the map shows one formation only. */
export const formationChosen: ExpressionSpecification = ['!=', unitFilter, ''];
