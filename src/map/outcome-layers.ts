import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { OUTCOME } from '../shared/palette';
import { readGlobalState } from './global-state';

/**
 * What actually happened (geo/outcome/), drawn apart from the telegram: its own source, its own colour (violet),
 * off until the reader asks for it, and driven by the same timeline. An event shows from the earliest date any
 * account gives; a ring marks events whose accounts disagree on the date.
 */
export const OUTCOME_SOURCE = 'outcome';

const shown: FilterSpecification = ['>=', readGlobalState('time'), ['get', 'start']];
/**
 * Switched on and off by visibility, not by the filter: a layer hidden this way holds no tiles, so while the
 * outcome is off a timeline step (which changes `time`, read by the filter) has no outcome tiles to lay out again.
 */
const layout = { visibility: ['case', readGlobalState('showOutcome'), 'visible', 'none'] as ExpressionSpecification } as const;
const isPoint: ExpressionSpecification = ['==', ['geometry-type'], 'Point'];

export const outcomeLayers: LayerSpecification[] = [
  {
    id: 'outcome-line',
    type: 'line',
    source: OUTCOME_SOURCE,
    filter: ['all', shown, ['==', ['geometry-type'], 'LineString']],
    layout: { ...layout, 'line-join': 'round' },
    paint: { 'line-color': OUTCOME, 'line-width': 3, 'line-dasharray': [1, 1, 4, 1], 'line-opacity': 0.9 },
  },
  {
    id: 'outcome-disputed-ring',
    type: 'circle',
    source: OUTCOME_SOURCE,
    filter: ['all', shown, isPoint, ['==', ['get', 'disputed'], true]],
    layout,
    paint: { 'circle-radius': 13, 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': OUTCOME, 'circle-stroke-width': 1.5, 'circle-stroke-opacity': 0.8 },
  },
  {
    id: 'outcome-point',
    type: 'circle',
    source: OUTCOME_SOURCE,
    filter: ['all', shown, isPoint],
    layout,
    paint: { 'circle-radius': 8, 'circle-color': OUTCOME, 'circle-opacity': 0.85, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
];

export const INTERACTIVE_OUTCOME_LAYERS = ['outcome-point', 'outcome-line'];
