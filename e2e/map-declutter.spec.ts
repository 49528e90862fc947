import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';
import { mapIdle, renderedFeatures } from './map-helpers';

const LABEL_LAYERS = ['places-label', 'places-area-label', 'situation-side-label', 'situation-units'];

/**
 * Label pairs that share a pixel: around every label's anchor, points a few pixels apart are asked which
 * symbols' collision boxes hold them (queryRenderedFeatures answers from the placed boxes). Two different
 * labels (or a label and a unit symbol) at one point overlap.
 */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const present = layers.filter((id) => map.getLayer(id) !== undefined);
    const name = (feature: { layer: { id: string }; properties: Record<string, unknown> }): string =>
      `${feature.layer.id}:${String(feature.properties.id ?? feature.properties.placeId ?? '')}${String(feature.properties.unitId ?? feature.properties.text ?? '')}`;
    const { clientWidth: width, clientHeight: height } = map.getCanvas();
    const anchors = map.queryRenderedFeatures({ layers: present }).map((feature) => feature.geometry);
    const pairs = new Set<string>();
    for (const geometry of anchors) {
      if (geometry.type !== 'Point') continue;
      const center = map.project(geometry.coordinates as [number, number]);
      for (let dx = -90; dx <= 90; dx += 3)
        for (let dy = -30; dy <= 30; dy += 3) {
          const x = center.x + dx;
          const y = center.y + dy;
          if (x < 0 || y < 0 || x > width || y > height) continue;
          const here = [...new Set(map.queryRenderedFeatures([x, y], { layers: present }).map(name))].sort();
          if (here.length < 2) continue;
          // Two unit symbols of one stack may touch; a label may not touch anything.
          const labels = here.filter((entry) => !entry.startsWith('situation-units'));
          if (labels.length === 0) continue;
          pairs.add(here.join(' + '));
        }
    }
    return [...pairs];
  }, LABEL_LAYERS);
}

test('at the default view no two labels overlap, nor a label and a unit symbol', async ({ page }) => {
  await openApp(page);
  const labels = await renderedFeatures(page, ['places-label', 'places-area-label']);
  expect(labels.length).toBeGreaterThan(10);
  expect(await overlappingLabels(page)).toEqual([]);
});

test('around Seoul at zoom 10.5 no two labels overlap, nor a label and a unit symbol', async ({ page }) => {
  await openApp(page, '#map=10.5/37.54/126.95');
  expect(await overlappingLabels(page)).toEqual([]);
});

test('zoomed in on the demarcation line, its two side labels run along it, west and east of it', async ({ page }) => {
  await openApp(page, '#date=1951-01-05T12:00&map=12.3/37.545/126.955');
  await mapIdle(page);
  const sides = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const line = map.queryRenderedFeatures({ layers: ['situation-demarcation'] })[0];
    const labels = map.queryRenderedFeatures({ layers: ['situation-side-label'] });
    const meanLon = (geometry: GeoJSON.Geometry): number => (geometry.type === 'LineString' ? geometry.coordinates.reduce((sum, [lon = 0]) => sum + lon, 0) / geometry.coordinates.length : Number.NaN);
    return { line: line === undefined ? null : meanLon(line.geometry), labels: labels.map((label) => ({ text: String(label.properties.text), type: label.geometry.type, lon: meanLon(label.geometry) })) };
  });
  expect(sides.line).not.toBeNull();
  const west = sides.labels.find((label) => label.text.includes('west'));
  const east = sides.labels.find((label) => label.text.includes('east'));
  expect(west?.type).toBe('LineString');
  expect(west?.lon ?? Infinity).toBeLessThan(sides.line ?? 0);
  expect(east?.lon ?? -Infinity).toBeGreaterThan(sides.line ?? 0);
  expect(await overlappingLabels(page)).toEqual([]);
});

test('an unidentified area is labelled once, along its edge, as the area the text implies', async ({ page }) => {
  await openApp(page, '#map=9/37.68/127.4');
  const labels = (await renderedFeatures(page, ['places-label', 'places-area-label'])).filter((feature) => feature.properties.id === 'songcheon' || feature.properties.placeId === 'songcheon');
  expect(labels).toHaveLength(1);
  expect(labels[0]?.layer).toBe('places-area-label');
  const text = await page.evaluate(() => JSON.stringify(window.__map?.getLayoutProperty('places-area-label', 'text-field') ?? null));
  expect(text).toContain('area the text implies');
});

test('every candidate of an unidentified place is labelled while its card is open', async ({ page }) => {
  await openApp(page, '#place=songcheon');
  await expect(page.getByRole('complementary', { name: /Songcheon/ })).toBeVisible();
  await mapIdle(page);
  const candidates = (await renderedFeatures(page, ['places-alternative'])).map((feature) => feature.properties.id);
  const labelled = (await renderedFeatures(page, ['places-alternative-label'])).map((feature) => feature.properties.id);
  expect(candidates.length).toBeGreaterThan(1);
  for (const id of candidates) expect(labelled).toContain(id);
});

test('a double-click zooms the map and opens no card', async ({ page }) => {
  await openApp(page);
  const before = await page.evaluate(() => window.__map?.getZoom() ?? 0);
  const target = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const { x, y } = map.project([127.9208, 37.3417]); // Wonju's dot
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + x, y: rect.top + y };
  });
  await page.mouse.dblclick(target.x, target.y);
  await expect.poll(() => page.evaluate(() => window.__map?.getZoom() ?? 0)).toBeGreaterThan(before + 0.5);
  await mapIdle(page);
  await expect(page.getByTestId('place-card')).toHaveCount(0);
  // The zoom kept Wonju under the pointer; a single click there still opens its card.
  await page.mouse.click(target.x, target.y);
  await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();
});

test('items of "What the map shows now" are buttons that open their card', async ({ page }) => {
  await openApp(page, '#date=1951-01-03T12:00');
  await page.getByText(/^What the map shows now/).click();
  const list = page.getByRole('list', { name: 'Shown on the map at this time' });
  await list.getByRole('button', { name: /Units of the 66th army take Chuncheon/ }).click();
  await expect(page.getByTestId('statement-card')).toContainText('Units of the 66th army take Chuncheon');
});

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
]) {
  test(`at ${viewport.width}x${viewport.height} the scale bar, the map's readout and the timeline do not cover each other`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openApp(page, '#date=1951-01-06T12:00&only=cpv-50-army');
    await expect(page.getByTestId('formation-filter')).toBeVisible();
    const boxes = await Promise.all(['.maplibregl-ctrl-scale', '.map-readout', '.timeline'].map(async (selector) => ({ selector, box: await page.locator(selector).boundingBox() })));
    for (const { selector, box } of boxes) expect(box, selector).not.toBeNull();
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]?.box;
        const b = boxes[j]?.box;
        if (a === null || b === null || a === undefined || b === undefined) continue;
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${boxes[i]?.selector} and ${boxes[j]?.selector} overlap`).toBe(false);
      }
  });
}
