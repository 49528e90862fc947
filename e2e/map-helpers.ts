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

/** The two halves of the swipe map: the page's map (the plan) and the test hook of the outcome half. */
type Half = 'plan' | 'outcome';

/** Rendered features of the given layers on one half of the swipe map. */
export async function renderedFeaturesOn(page: Page, half: Half, layers: string[]): Promise<{ layer: string; properties: Record<string, unknown> }[]> {
  return page.evaluate(
    ([side, layerIds]) => {
      const map = side === 'plan' ? window.__map : window.__compareMap;
      if (map === undefined) throw new Error(`no ${side} map`);
      const present = layerIds.filter((id) => map.getLayer(id) !== undefined);
      if (present.length === 0) return [];
      return map.queryRenderedFeatures({ layers: present }).map((feature) => ({ layer: feature.layer.id, properties: feature.properties as Record<string, unknown> }));
    },
    [half, layers] as const,
  );
}

/** Waits until both halves of the swipe map have finished drawing. */
export async function bothHalvesIdle(page: Page): Promise<void> {
  await page.evaluate(() =>
    Promise.all(
      [window.__map, window.__compareMap].map(
        (map) =>
          new Promise<void>((resolve) => {
            if (map === undefined) throw new Error('the swipe map is not open');
            map.triggerRepaint();
            map.once('idle', () => resolve());
          }),
      ),
    ).then(() => undefined),
  );
}

/** Center, zoom and bearing of both halves. */
export async function camerasOfBothHalves(page: Page): Promise<Record<Half, { lng: number; lat: number; zoom: number; bearing: number }>> {
  return page.evaluate(() => {
    const of = (map: typeof window.__map) => {
      if (map === undefined) throw new Error('the swipe map is not open');
      const { lng, lat } = map.getCenter();
      return { lng, lat, zoom: map.getZoom(), bearing: map.getBearing() };
    };
    return { plan: of(window.__map), outcome: of(window.__compareMap) };
  });
}
