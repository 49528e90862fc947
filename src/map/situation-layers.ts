import type { ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../shared/label-font';
import { BOUNDARY, FRIENDLY, HOSTILE } from '../shared/palette';
import { formationChosen, formationFilter, opacityExpression, visibleNowFilter } from './time-expressions';

/**
 * The telegram's situation, drawn from data/situation.geojson. Line style says how the telegram knows it:
 * reported = solid, assessed (the enemy's expected moves) = dotted with a hatched band, ordered = dashed.
 * Colour says whose it is, from the document's point of view: its writers' forces blue, the enemy red.
 * Time filtering is done here, by expressions over the `time` global state, never by changing the data.
 */
export const SITUATION_SOURCE = 'situation';
const INK_TEXT = '#2b2a26';

const sideColor: ExpressionSpecification = ['match', ['get', 'side'], 'hostile', HOSTILE, 'boundary', BOUNDARY, FRIENDLY];

/** Known by now, about the chosen formation (if one is), and whatever else the layer asks. */
function whereVisible(...conditions: FilterSpecification[]): FilterSpecification {
  return ['all', visibleNowFilter, formationFilter, ...conditions] as FilterSpecification;
}
const isPolygon: FilterSpecification = ['==', ['geometry-type'], 'Polygon'];
const isLine: FilterSpecification = ['==', ['geometry-type'], 'LineString'];
const ofKind = (kind: string): FilterSpecification => ['==', ['get', 'kind'], kind];
const ofPart = (part: string): FilterSpecification => ['==', ['get', 'part'], part];
const isDemarcation: FilterSpecification = ['==', ['get', 'role'], 'demarcation'];

const lineOpacity = opacityExpression;
const fillOpacity: ExpressionSpecification = ['*', 0.22, opacityExpression];

/** Layers whose features open the card of the statement they draw. */
export const INTERACTIVE_SITUATION_LAYERS = [
  'situation-area-fill',
  'situation-area-assessed-hatch',
  'situation-line-assessed',
  'situation-line-reported',
  'situation-line-ordered',
  'situation-demarcation',
  'situation-arrowhead',
  // A stack of units stands for its statement: clicking it opens the statement's card.
  'situation-unit-stacks',
];

/** Unit symbols open the unit's card, so the pointer asks for them before anything else. */
export const UNIT_SYMBOL_LAYER = 'situation-units';

/** Below this zoom the units of one statement are one symbol with their count; from it they stand apart. */
export const UNIT_STACK_ZOOM = 9;
const unitSize: ExpressionSpecification = ['interpolate', ['linear'], ['zoom'], 6, 0.45, 9, 0.8, 12, 1];

export const situationLayers: LayerSpecification[] = [
  {
    id: 'situation-area-fill',
    type: 'fill',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isPolygon, ['!=', ['get', 'kind'], 'assessed']),
    paint: { 'fill-color': sideColor, 'fill-opacity': fillOpacity },
  },
  {
    id: 'situation-area-assessed-hatch',
    type: 'fill',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isPolygon, ofKind('assessed')),
    paint: { 'fill-pattern': 'hatch-hostile', 'fill-opacity': opacityExpression },
  },
  {
    id: 'situation-area-outline-reported',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isPolygon, ofKind('reported')),
    paint: { 'line-color': sideColor, 'line-width': 2, 'line-opacity': lineOpacity },
  },
  {
    id: 'situation-area-outline-ordered',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isPolygon, ofKind('ordered')),
    paint: { 'line-color': sideColor, 'line-width': 2, 'line-dasharray': [3, 2], 'line-opacity': lineOpacity },
  },
  {
    id: 'situation-area-outline-assessed',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isPolygon, ofKind('assessed')),
    paint: { 'line-color': sideColor, 'line-width': 1.6, 'line-dasharray': [1, 1.5], 'line-opacity': lineOpacity },
  },
  {
    // A translucent band under the enemy's expected defence line: "hatched" at line scale.
    id: 'situation-line-assessed-band',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, ofKind('assessed')),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': HOSTILE, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, 6, 11, 16], 'line-opacity': ['*', 0.18, opacityExpression] },
  },
  {
    id: 'situation-line-assessed',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, ofKind('assessed')),
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': HOSTILE, 'line-width': 2, 'line-dasharray': [0.6, 1.6], 'line-opacity': lineOpacity },
  },
  {
    id: 'situation-line-reported',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, ofKind('reported')),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': sideColor, 'line-width': 3, 'line-opacity': lineOpacity },
  },
  {
    id: 'situation-line-ordered',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, ofKind('ordered'), ['!', isDemarcation]),
    layout: { 'line-join': 'round' },
    // Dash and gap in line widths: 9 px and 6 px at every zoom (the width does not change), so dashed never reads as solid.
    paint: { 'line-color': sideColor, 'line-width': 3, 'line-dasharray': ['case', ['get', 'conditional'], ['literal', [1, 2]], ['literal', [3, 2]]], 'line-opacity': lineOpacity },
  },
  {
    // A conditional order says so along its line, in the words of the sentence it rests on.
    id: 'situation-condition-label',
    type: 'symbol',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, ['==', ['get', 'conditional'], true]),
    layout: {
      'symbol-placement': 'line-center',
      // "If the enemy continues to withdraw to the south." -> "only if the enemy continues to withdraw to the south"
      'text-field': ['concat', 'only ', ['downcase', ['slice', ['get', 'condition'], 0, ['-', ['length', ['get', 'condition']], 1]]]],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-offset': [0, -0.9],
      'text-max-angle': 40,
    },
    paint: { 'text-color': FRIENDLY, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.5, 'text-opacity': lineOpacity },
  },
  {
    id: 'situation-demarcation',
    type: 'line',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('body'), isLine, isDemarcation),
    layout: { 'line-join': 'round' },
    paint: { 'line-color': BOUNDARY, 'line-width': 2.5, 'line-dasharray': [4, 1.5, 1, 1.5], 'line-opacity': lineOpacity },
  },
  {
    id: 'situation-arrowhead',
    type: 'symbol',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('head')),
    layout: {
      'icon-image': 'arrowhead',
      'icon-rotate': ['get', 'bearing'],
      'icon-rotation-alignment': 'map',
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-size': ['interpolate', ['linear'], ['zoom'], 6, 0.55, 10, 0.9],
    },
    paint: { 'icon-color': sideColor, 'icon-opacity': lineOpacity },
  },
  {
    // Along the demarcation line, one text on each side of it: whose side is whose.
    id: 'situation-side-label',
    type: 'symbol',
    source: SITUATION_SOURCE,
    filter: whereVisible(ofPart('label'), isLine),
    layout: {
      // Wherever a straight enough stretch holds the text (the line bends at Yongsan); zoomed out, where the line is
      // shorter than its text, the legend and the line's card say whose side is whose.
      'symbol-placement': 'line',
      'text-field': ['get', 'text'],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-max-angle': 30,
      'text-keep-upright': true,
      // It yields to place names rather than covering them.
      'symbol-sort-key': 1,
    },
    paint: { 'text-color': BOUNDARY, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.5, 'text-opacity': lineOpacity },
  },
];

/**
 * Unit symbols go above the place layers (map-style.ts) so that they are placed first: they always draw, and
 * place names and side labels then find room around them. Each stands just above its anchor, so the place's
 * dot and name stay visible beneath it.
 */
export const situationSymbolLayers: LayerSpecification[] = [
  {
    id: UNIT_SYMBOL_LAYER,
    type: 'symbol',
    source: SITUATION_SOURCE,
    // With one formation chosen, its units stand apart at every zoom: a stack would count the others too.
    filter: whereVisible(ofPart('unit'), ['any', ['!=', ['get', 'stacked'], true], ['>=', ['zoom'], UNIT_STACK_ZOOM], formationChosen]),
    layout: { 'icon-image': ['get', 'icon'], 'icon-size': unitSize, 'icon-anchor': 'bottom', 'icon-offset': [0, -6], 'icon-allow-overlap': true },
    paint: { 'icon-opacity': lineOpacity },
  },
  {
    // Zoomed out: one symbol per statement's group of units, with their number; zooming in sets them apart.
    id: 'situation-unit-stacks',
    type: 'symbol',
    source: SITUATION_SOURCE,
    maxzoom: UNIT_STACK_ZOOM,
    filter: whereVisible(ofPart('unit-stack'), ['!', formationChosen]),
    layout: {
      'icon-image': ['get', 'icon'],
      'icon-size': unitSize,
      'icon-anchor': 'bottom',
      'icon-offset': [0, -6],
      'icon-allow-overlap': true,
      'text-field': ['concat', '×', ['to-string', ['get', 'count']]],
      'text-font': [LABEL_FONT],
      'text-size': 12,
      'text-anchor': 'bottom-left',
      'text-offset': [1.1, -0.6],
      'text-allow-overlap': true,
    },
    paint: { 'icon-opacity': lineOpacity, 'text-color': INK_TEXT, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.5, 'text-opacity': lineOpacity },
  },
];
