import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { AppState } from '../store/app-store';
import { styleStateBlock, type GlobalStateValues } from './global-state';
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
 * What a map of the page draws. `full` is the page's map: the telegram's situation, the outcome (when asked for),
 * places and decoder suggestions. `outcome` is the right half of the swipe map: only what happened, over the same
 * basemap and places, and always drawn (it does not wait for the legend's checkbox). A difference between the two
 * maps is a difference in the layers each style holds; the store's global state is the same for both.
 */
export type MapSide = 'full' | 'outcome';

interface SideSpec {
  layers: LayerSpecification[];
  /** Global-state keys this map holds at one value instead of following the store. */
  fixedState: Partial<GlobalStateValues>;
}

export const MAP_SIDES: Record<MapSide, SideSpec> = {
  full: {
    layers: [...basemapLayers, ...situationLayers, ...outcomeLayers, ...basemapLabelLayers, ...placesLayers, ...situationSymbolLayers, ...decoderLayers],
    fixedState: {},
  },
  outcome: {
    layers: [...basemapLayers, ...outcomeLayers, ...basemapLabelLayers, ...placesLayers],
    fixedState: { showOutcome: true },
  },
};

/**
 * The style of one map, built once per map from the page's own address so that every request (data, glyphs)
 * stays on the origin the app was loaded from. Its global state starts as the store stands (global-state.ts).
 * Only the sources its layers use are included, so the outcome half never fetches the telegram's situation.
 */
export function buildMapStyle(baseUrl: string, state: AppState, side: MapSide = 'full'): StyleSpecification {
  const url = (path: string): string => new URL(path, baseUrl).href;
  const { layers, fixedState } = MAP_SIDES[side];
  const allSources: Record<string, SourceSpecification> = {
    ...basemapSources(baseUrl),
    [SITUATION_SOURCE]: { type: 'geojson', data: url('data/situation.geojson') },
    [PLACES_SOURCE]: { type: 'geojson', data: url('data/places.geojson'), promoteId: 'id' },
    [OUTCOME_SOURCE]: { type: 'geojson', data: url('data/outcome.geojson') },
    [DECODER_SOURCE]: { type: 'geojson', data: url('data/decoder-suggestions.geojson') },
  };
  const used = new Set(layers.flatMap((layer) => ('source' in layer && typeof layer.source === 'string' ? [layer.source] : [])));
  return {
    version: 8,
    name: 'Korea, January 1951',
    glyphs: `${url('glyphs/')}{fontstack}/{range}.pbf`,
    state: styleStateBlock(state, fixedState),
    sources: Object.fromEntries(Object.entries(allSources).filter(([id]) => used.has(id))),
    layers,
  };
}
