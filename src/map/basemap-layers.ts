import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION } from '../shared/basemap-credit';
import { LABEL_FONT } from '../shared/label-font';
import { PARALLEL_38 } from '../shared/palette';

/**
 * Basemap data extracted from GSHHG (see geo/basemap/README.md), copied to public/data/basemap/ by `npm run data`.
 * The "coarse" files are full resolution inside the Seoul-Incheon-Gimpo box and simplified outside it, so one set
 * serves every zoom. The coast is the land fill's edge: no stroke, because the polygons' outlines also run along
 * the region box they were cut to.
 */
export const BASEMAP_FILES = {
  land: 'data/basemap/land-coarse.geojson',
  rivers: 'data/basemap/rivers-coarse.geojson',
  lakes: 'data/basemap/lakes.geojson',
  parallel38: 'data/basemap/parallel-38.geojson',
} as const;


export function basemapSources(baseUrl: string): Record<string, SourceSpecification> {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    land: { type: 'geojson', data: url(BASEMAP_FILES.land), attribution: BASEMAP_ATTRIBUTION },
    rivers: { type: 'geojson', data: url(BASEMAP_FILES.rivers) },
    lakes: { type: 'geojson', data: url(BASEMAP_FILES.lakes) },
    'parallel-38': { type: 'geojson', data: url(BASEMAP_FILES.parallel38) },
  };
}

const SEA = '#d9e3e6';
const LAND = '#f4f0e4';
const RIVER = '#6f9cc0';

export const basemapLayers: LayerSpecification[] = [
  { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
  { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': LAND, 'fill-antialias': true } },
  { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': SEA } },
  {
    id: 'rivers',
    type: 'line',
    source: 'rivers',
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': RIVER,
      // Named rivers (Han, Bukhan, ...) are drawn heavier than the unnamed streams.
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['has', 'name'], 1, 0.4], 9, ['case', ['has', 'name'], 2.2, 0.8], 13, ['case', ['has', 'name'], 5, 1.5]],
    },
  },
  {
    id: 'parallel-38',
    type: 'line',
    source: 'parallel-38',
    paint: { 'line-color': PARALLEL_38, 'line-width': 1.2, 'line-dasharray': [6, 3] },
  },
];

/** Names of the rivers (where the extraction could name them) and of the 38th parallel, drawn above the situation. */
export const basemapLabelLayers: LayerSpecification[] = [
  {
    id: 'river-names',
    type: 'symbol',
    source: 'rivers',
    filter: ['has', 'name'],
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'name'],
      'text-font': [LABEL_FONT],
      'text-size': 11.5,
      'text-letter-spacing': 0.08,
      'symbol-spacing': 320,
    },
    paint: { 'text-color': '#3f6f96', 'text-halo-color': '#f4f0e4', 'text-halo-width': 1.4 },
  },
  {
    id: 'parallel-38-label',
    type: 'symbol',
    source: 'parallel-38',
    layout: { 'symbol-placement': 'line', 'text-field': '38th parallel', 'text-font': [LABEL_FONT], 'text-size': 11, 'symbol-spacing': 500, 'text-offset': [0, -0.7] },
    paint: { 'text-color': PARALLEL_38, 'text-halo-color': '#f4f0e4', 'text-halo-width': 1.4 },
  },
];
