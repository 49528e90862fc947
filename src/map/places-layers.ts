import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../shared/label-font';
import { INK, LOW_CONFIDENCE, SELECTED } from '../shared/palette';
import { readGlobalState } from './global-state';

/**
 * Gazetteer places from data/places.geojson. Confidence is drawn as fill: high = solid, medium = open ring,
 * low = open ring in ochre, unidentified = a hatched area (never a point). Hover and selection come from
 * feature-state, so nothing rewrites the data.
 */
export const PLACES_SOURCE = 'places';

const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isMainPlace: ExpressionSpecification = ['==', ['get', 'role'], 'place'];

const labelText: ExpressionSpecification = ['get', ['concat', 'label_', readGlobalState('labelLanguage')]];

/** Layers whose features open a place card: the precise ones first, then the broad ones (map-pointer.ts). */
export const PRECISE_PLACE_LAYERS = ['places-point', 'places-label', 'places-area-label', 'places-river-label', 'places-alternative', 'places-alternative-label'];
export const BROAD_PLACE_LAYERS = ['places-area', 'places-river'];

/** Where a label may sit around its dot, in order of preference: collisions move it before they hide it. */
const LABEL_ANCHORS: ('top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right')[] = ['top', 'right', 'left', 'bottom', 'top-right', 'top-left', 'bottom-right', 'bottom-left'];

export const placesLayers: LayerSpecification[] = [
  {
    id: 'places-area',
    type: 'fill',
    source: PLACES_SOURCE,
    filter: ['all', isMainPlace, ['==', ['geometry-type'], 'Polygon']],
    // Faint unless in focus: these areas are the text's implication, often a whole sector, and must not hide the map.
    paint: { 'fill-pattern': 'hatch-unidentified', 'fill-opacity': ['case', selected, 0.8, hovered, 0.6, 0.18] },
  },
  {
    id: 'places-area-outline',
    type: 'line',
    source: PLACES_SOURCE,
    filter: ['all', isMainPlace, ['==', ['geometry-type'], 'Polygon']],
    paint: {
      'line-color': ['case', selected, SELECTED, LOW_CONFIDENCE],
      'line-width': ['case', selected, 2.5, hovered, 2, 1],
      'line-opacity': ['case', selected, 1, hovered, 0.9, 0.45],
      'line-dasharray': [2, 2],
    },
  },
  {
    // Rivers named in the telegram: invisible over the basemap's own river until hovered or selected.
    id: 'places-river',
    type: 'line',
    source: PLACES_SOURCE,
    filter: ['all', isMainPlace, ['==', ['geometry-type'], 'LineString']],
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': SELECTED, 'line-width': ['case', selected, 5, hovered, 4, 8], 'line-opacity': ['case', selected, 0.75, hovered, 0.5, 0] },
  },
  {
    // Other candidate locations, shown faintly only while their place is selected.
    id: 'places-alternative',
    type: 'circle',
    source: PLACES_SOURCE,
    filter: ['all', ['==', ['get', 'role'], 'alternative'], ['==', ['get', 'placeId'], readGlobalState('selectedPlace')]],
    paint: { 'circle-radius': 5, 'circle-color': '#ffffff', 'circle-opacity': 0.7, 'circle-stroke-color': LOW_CONFIDENCE, 'circle-stroke-width': 1.5, 'circle-stroke-opacity': 0.8 },
  },
  {
    id: 'places-point',
    type: 'circle',
    source: PLACES_SOURCE,
    filter: ['all', isMainPlace, ['==', ['geometry-type'], 'Point']],
    paint: {
      'circle-radius': ['case', selected, 8, hovered, 7, 5],
      'circle-color': ['match', ['get', 'confidence'], 'high', INK, '#ffffff'],
      'circle-stroke-color': ['case', selected, SELECTED, hovered, SELECTED, ['match', ['get', 'confidence'], 'low', LOW_CONFIDENCE, INK]],
      'circle-stroke-width': ['case', selected, 3, hovered, 2.5, 1.6],
    },
  },
  {
    id: 'places-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    // Areas are named on their edge (places-area-label), not at their centre.
    filter: ['all', ['==', ['geometry-type'], 'Point'], ['any', isMainPlace, ['==', ['get', 'placeId'], readGlobalState('selectedPlace')]]],
    layout: {
      'text-field': labelText,
      'text-font': [LABEL_FONT],
      'text-size': ['match', ['get', 'kind'], ['city', 'port'], 14, 12.5],
      'text-variable-anchor': LABEL_ANCHORS,
      'text-radial-offset': 0.75,
      'text-justify': 'auto',
      'text-max-width': 10,
      'symbol-placement': 'point',
      // When labels collide, towns the telegram names outrank villages.
      'symbol-sort-key': ['match', ['get', 'kind'], 'city', 0, ['port', 'airfield'], 1, 'town', 2, ['village', 'district', 'bridge'], 3, 4],
    },
    paint: {
      'text-color': INK,
      'text-halo-color': '#fbf8f0',
      'text-halo-width': 1.6,
    },
  },
  {
    // An unidentified name's area, named once on its northern edge and said to be the text's implication.
    id: 'places-area-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['==', ['get', 'role'], 'area-label'],
    layout: {
      'text-field': ['format', labelText, {}, '\n', {}, 'area the text implies', { 'font-scale': 0.82 }],
      'text-font': [LABEL_FONT],
      'text-size': 12,
      // Just outside the edge, or just inside it when another area's name (Kando, Kiriudo) took that place.
      'text-variable-anchor': ['bottom', 'top', 'bottom-left', 'bottom-right'],
      'text-radial-offset': 0.3,
      'text-max-width': 14,
      'symbol-sort-key': 5,
    },
    paint: { 'text-color': LOW_CONFIDENCE, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.6 },
  },
  {
    // River names run along the river.
    id: 'places-river-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['all', isMainPlace, ['==', ['geometry-type'], 'LineString']],
    layout: { 'symbol-placement': 'line', 'text-field': labelText, 'text-font': [LABEL_FONT], 'text-size': 12.5, 'symbol-spacing': 400, 'text-offset': [0, -0.8] },
    paint: { 'text-color': '#2f5f86', 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.6 },
  },
  {
    // The candidates of the open card, each named: the last (top) place layer, so placed before other names,
    // which then make room for them.
    id: 'places-alternative-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['all', ['==', ['get', 'role'], 'alternative'], ['==', ['get', 'placeId'], ['global-state', 'selectedPlace']]],
    layout: {
      'text-field': labelText,
      'text-font': [LABEL_FONT],
      'text-size': 12,
      'text-variable-anchor': LABEL_ANCHORS,
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'text-max-width': 12,
      'text-allow-overlap': true,
    },
    paint: { 'text-color': LOW_CONFIDENCE, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.8 },
  },
];
