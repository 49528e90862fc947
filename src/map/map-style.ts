import type { StyleSpecification } from 'maplibre-gl';
import type { AppState } from '../store/app-store';
import { styleStateBlock } from './global-state';
import { basemapLayers, basemapLabelLayers, basemapSources } from './basemap-layers';
import { DECODER_SOURCE, decoderLayers } from './decoder-layers';
import { OUTCOME_SOURCE, outcomeLayers } from './outcome-layers';
import { placesLayers, PLACES_SOURCE } from './places-layers';
import { situationLayers, situationSymbolLayers, SITUATION_SOURCE } from './situation-layers';

/** Each source in the reader's words, for the message when it fails to load. */
export const SOURCE_TITLES: Record<string, string> = {
  land: 'the coastline',
  rivers: 'the rivers',
  lakes: 'the lakes',
  'parallel-38': 'the 38th parallel',
  [SITUATION_SOURCE]: "the telegram's positions, lines and arrows",
  [PLACES_SOURCE]: 'the places',
  [OUTCOME_SOURCE]: 'what happened (outcome)',
};

/**
 * The whole style, built once per page from the page's own address so that every request (data, glyphs)
 * stays on the origin the app was loaded from. Its global state starts as the store stands (global-state.ts).
 */
export function buildMapStyle(baseUrl: string, state: AppState): StyleSpecification {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    version: 8,
    name: 'Korea, January 1951',
    glyphs: `${url('glyphs/')}{fontstack}/{range}.pbf`,
    state: styleStateBlock(state),
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
