import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../../geo/glyphs/label-text';

/** Basemap data extracted from GSHHG (see geo/basemap/README.md), copied to public/data/basemap/ by `npm run data`. */
export const BASEMAP_FILES = {
  landCoarse: 'data/basemap/land-coarse.geojson',
  landDetail: 'data/basemap/land-detail.geojson',
  riversCoarse: 'data/basemap/rivers-coarse.geojson',
  riversDetail: 'data/basemap/rivers-detail.geojson',
  lakes: 'data/basemap/lakes.geojson',
  parallel38: 'data/basemap/parallel-38.geojson',
} as const;

/** Zoom at which the full-resolution Seoul-Incheon detail replaces the coarse coast and rivers. */
export const DETAIL_MIN_ZOOM = 9;

export const BASEMAP_ATTRIBUTION =
  'Coast, lakes and rivers: GSHHG (Wessel &amp; Smith 1996), LGPL-3.0+; modern coastline, reclaimed land shown as land';

export function basemapSources(baseUrl: string): Record<string, SourceSpecification> {
  const url = (path: string): string => new URL(path, baseUrl).href;
  return {
    'land-coarse': { type: 'geojson', data: url(BASEMAP_FILES.landCoarse), attribution: BASEMAP_ATTRIBUTION },
    'land-detail': { type: 'geojson', data: url(BASEMAP_FILES.landDetail) },
    'rivers-coarse': { type: 'geojson', data: url(BASEMAP_FILES.riversCoarse) },
    'rivers-detail': { type: 'geojson', data: url(BASEMAP_FILES.riversDetail) },
    lakes: { type: 'geojson', data: url(BASEMAP_FILES.lakes) },
    'parallel-38': { type: 'geojson', data: url(BASEMAP_FILES.parallel38) },
  };
}

const SEA = '#d9e3e6';
const LAND = '#f4f0e4';
const COAST = '#8ea3ad';
const RIVER = '#6f9cc0';

export const basemapLayers: LayerSpecification[] = [
  { id: 'sea', type: 'background', paint: { 'background-color': SEA } },
  { id: 'land-coarse', type: 'fill', source: 'land-coarse', paint: { 'fill-color': LAND } },
  { id: 'land-detail', type: 'fill', source: 'land-detail', minzoom: DETAIL_MIN_ZOOM, paint: { 'fill-color': LAND } },
  {
    id: 'coast-coarse',
    type: 'line',
    source: 'land-coarse',
    maxzoom: DETAIL_MIN_ZOOM,
    paint: { 'line-color': COAST, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 9, 1] },
  },
  {
    id: 'coast-detail',
    type: 'line',
    source: 'land-detail',
    minzoom: DETAIL_MIN_ZOOM,
    paint: { 'line-color': COAST, 'line-width': 1 },
  },
  { id: 'lakes', type: 'fill', source: 'lakes', paint: { 'fill-color': SEA, 'fill-outline-color': COAST } },
  {
    id: 'rivers-coarse',
    type: 'line',
    source: 'rivers-coarse',
    maxzoom: DETAIL_MIN_ZOOM,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': RIVER,
      // Named rivers (Han, Bukhan, ...) are drawn heavier than the unnamed streams.
      'line-width': ['interpolate', ['linear'], ['zoom'], 5, ['case', ['has', 'name'], 1, 0.4], 9, ['case', ['has', 'name'], 2.2, 0.8]],
    },
  },
  {
    id: 'rivers-detail',
    type: 'line',
    source: 'rivers-detail',
    minzoom: DETAIL_MIN_ZOOM,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: { 'line-color': RIVER, 'line-width': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['has', 'name'], 2.2, 0.8], 13, ['case', ['has', 'name'], 5, 1.5]] },
  },
  {
    id: 'parallel-38',
    type: 'line',
    source: 'parallel-38',
    paint: { 'line-color': '#7a6a55', 'line-width': 1.2, 'line-dasharray': [6, 3] },
  },
];

/** Names of the rivers (where the extraction could name them) and of the 38th parallel, drawn above the situation. */
export const basemapLabelLayers: LayerSpecification[] = [
  {
    id: 'river-names',
    type: 'symbol',
    source: 'rivers-coarse',
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
    paint: { 'text-color': '#7a6a55', 'text-halo-color': '#f4f0e4', 'text-halo-width': 1.4 },
  },
];
