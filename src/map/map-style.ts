import type { StyleSpecification } from 'maplibre-gl';
import { basemapLayers, basemapSources } from './basemap-layers';

/**
 * The whole style, built once per page from the page's own address so that every request stays on the origin
 * the app was loaded from.
 */
export function buildMapStyle(baseUrl: string): StyleSpecification {
  return {
    version: 8,
    name: 'Korea, January 1951',
    sources: { ...basemapSources(baseUrl) },
    layers: [...basemapLayers],
  };
}
