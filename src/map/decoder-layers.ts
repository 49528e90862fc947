import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../shared/label-font';
import { readGlobalState } from './global-state';

/**
 * The decoder's machine suggestions for an unidentified or low place (data/decoder-suggestions.geojson):
 * hidden until the reader asks for them on that place's card, and then drawn faint and dashed, with a "?"
 * in every label, so they never read as identifications.
 */
export const DECODER_SOURCE = 'decoder-suggestions';
export const SUGGESTION = '#5a6f7d';

// Latin labels only ("2. Mok-dong?"): the shipped glyph ranges cover all Latin, not every Hanja a suggestion may use.
// Shown when asked for on the card, and only while that card is open.
const shown: FilterSpecification = ['all', ['==', ['get', 'placeId'], readGlobalState('decoderPlace')], ['==', ['get', 'placeId'], readGlobalState('selectedPlace')]];

export const decoderLayers: LayerSpecification[] = [
  {
    id: 'decoder-suggestion',
    type: 'circle',
    source: DECODER_SOURCE,
    filter: shown,
    paint: {
      'circle-radius': 6,
      'circle-color': 'rgba(255,255,255,0.35)',
      'circle-stroke-color': SUGGESTION,
      'circle-stroke-width': 1.5,
      'circle-stroke-opacity': 0.75,
    },
  },
  {
    id: 'decoder-suggestion-label',
    type: 'symbol',
    source: DECODER_SOURCE,
    filter: shown,
    layout: {
      'text-field': ['get', 'label'],
      'text-font': [LABEL_FONT],
      'text-size': 11,
      'text-offset': [0, -1.1],
      'text-anchor': 'bottom',
      'text-optional': true,
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: { 'text-color': SUGGESTION, 'text-halo-color': '#fbf8f0', 'text-halo-width': 1.4 },
  },
];
