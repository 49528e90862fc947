import type { Page } from '@playwright/test';
import { INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER } from '../src/map/situation-layers';

/** Rendered features of the given layers, as the real map reports them (queryRenderedFeatures). */
export async function renderedFeatures(page: Page, layers: string[]): Promise<{ layer: string; properties: Record<string, unknown> }[]> {
  return page.evaluate((layerIds) => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const present = layerIds.filter((id) => map.getLayer(id) !== undefined);
    return map.queryRenderedFeatures({ layers: present }).map((feature) => ({ layer: feature.layer.id, properties: feature.properties as Record<string, unknown> }));
  }, layers);
}

/** Waits until the map has finished drawing after a change. */
export async function mapIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__map;
        if (map === undefined) throw new Error('no map');
        map.triggerRepaint();
        map.once('idle', () => resolve());
      }),
  );
}

export async function statementIdsOnMap(page: Page): Promise<string[]> {
  const features = await renderedFeatures(page, [...INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER]);
  return [...new Set(features.map((feature) => String(feature.properties.statementId)))].sort();
}
