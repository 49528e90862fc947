import type { StyleSpecification } from 'maplibre-gl';
import { DEFAULT_TIME } from '../store/time-slice';
import { basemapLayers, basemapLabelLayers, basemapSources } from './basemap-layers';
import { DECODER_SOURCE, decoderLayers } from './decoder-layers';
import { OUTCOME_SOURCE, outcomeLayers } from './outcome-layers';
import { placesLayers, PLACES_SOURCE } from './places-layers';
import { situationLayers, situationSymbolLayers, SITUATION_SOURCE } from './situation-layers';

/** Style global state: what the expressions read instead of the data changing. */
export const INITIAL_GLOBAL_STATE = { time: DEFAULT_TIME, labelLanguage: 'telegram', selectedPlace: '', showOutcome: false, decoderPlace: '' };

/**
 * The whole style, built once per page from the page's own address so that every request (data, glyphs)
 * stays on the origin the app was loaded from.
 */
export function buildMapStyle(baseUrl: string): StyleSpecification {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    version: 8,
    name: 'Korea, January 1951',
    glyphs: `${url('glyphs/')}{fontstack}/{range}.pbf`,
    state: Object.fromEntries(Object.entries(INITIAL_GLOBAL_STATE).map(([key, value]) => [key, { default: value }])),
    sources: {
      ...basemapSources(baseUrl),
      [SITUATION_SOURCE]: { type: 'geojson', data: url('data/situation.geojson') },
      [PLACES_SOURCE]: { type: 'geojson', data: url('data/places.geojson'), promoteId: 'id' },
      [OUTCOME_SOURCE]: { type: 'geojson', data: url('data/outcome.geojson') },
      [DECODER_SOURCE]: { type: 'geojson', data: url('data/decoder-suggestions.geojson') },
    },
    layers: [...basemapLayers, ...situationLayers, ...outcomeLayers, ...basemapLabelLayers, ...placesLayers, ...situationSymbolLayers, ...decoderLayers],
  };
}
