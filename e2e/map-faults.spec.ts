import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** The view the URL names, parsed from `map=<zoom>/<lat>/<lon>`. */
function viewInUrl(page: Page): { zoom: number; lat: number; lon: number } | undefined {
  const match = /map=([-\d.]+)\/([-\d.]+)\/([-\d.]+)/.exec(new URL(page.url()).hash);
  if (match === null) return undefined;
  return { zoom: Number(match[1]), lat: Number(match[2]), lon: Number(match[3]) };
}

async function viewOnMap(page: Page): Promise<{ zoom: number; lat: number; lon: number }> {
  return page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const center = map.getCenter();
    return { zoom: map.getZoom(), lat: center.lat, lon: center.lng };
  });
}

test.describe('the map stays over the region the telegram covers', () => {
  for (const hash of ['#map=22/85/180', '#map=8/-85/127.5', '#map=3/0/0']) {
    test(`a link to ${hash} opens inside the region, and the URL says where the map is`, async ({ page }) => {
      await openApp(page, hash);
      const shown = await viewOnMap(page);
      expect(shown.zoom).toBeLessThanOrEqual(14);
      expect(shown.lat).toBeGreaterThan(31.5);
      expect(shown.lat).toBeLessThan(44.5);
      expect(shown.lon).toBeGreaterThan(114);
      expect(shown.lon).toBeLessThan(133);
      // The address is rewritten a moment after the map has clamped the view; the zoom alone may already agree
      // (the clamp can move only the centre), so wait for the centre too.
      await expect.poll(() => viewInUrl(page)?.lat).toBeCloseTo(shown.lat, 2);
      const inUrl = viewInUrl(page);
      expect(inUrl?.zoom).toBeCloseTo(shown.zoom, 1);
      expect(inUrl?.lon).toBeCloseTo(shown.lon, 2);
    });
  }

  test('"Reset view" frames the telegram\'s places again after the reader has wandered off', async ({ page }) => {
    await openApp(page, '#map=12/41.8/123.4'); // Shenyang
    await page.getByRole('button', { name: 'Reset view' }).click();
    // The reset may ease there: read the view once the map has come to rest, not on its way.
    await expect.poll(() => page.evaluate(() => window.__map?.isMoving() === false && window.__map.getCenter().lng > 126)).toBe(true);
    const view = await viewOnMap(page);
    expect(view.lat).toBeGreaterThan(36.5);
    expect(view.lat).toBeLessThan(38.5);
    expect(view.zoom).toBeLessThan(10);
    await expect.poll(() => viewInUrl(page)?.lat).toBeCloseTo(view.lat, 1);
  });
});

test.describe('map layers that fail are named in the page', () => {
  test.use({ expectedConsoleErrors: [/status of 404|Failed to load resource/] });

  for (const [file, name] of [
    ['places.geojson', 'the places'],
    ['situation.geojson', "the telegram's positions, lines and arrows"],
    ['basemap/land-coarse.geojson', 'the coastline'],
  ] as const) {
    test(`${file} missing: the page says the map is missing ${name}`, async ({ page }) => {
      await page.route(`**/data/${file}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto('./');
      await expect(page.getByRole('alert')).toContainText(`The map is missing ${name}`);
      // The text still works.
      await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).click();
      await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
    });
  }

  test('the outcome layer missing is named once the reader switches it on', async ({ page }) => {
    await page.route('**/data/outcome.geojson', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The map is missing what happened (outcome)');
  });

  test('unit symbols missing: the page says so', async ({ page }) => {
    await page.route('**/data/symbols/**', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('The map is missing the unit symbols');
  });
});

test.describe('a request that never answers', () => {
  test('a hung places.geojson: after a while the page says what the map is waiting for', async ({ page }) => {
    test.setTimeout(90_000);
    await page.route('**/data/places.geojson', () => undefined);
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('still waiting for the places', { timeout: 40_000 });
    await expect(page.getByRole('combobox', { name: 'Search places' })).toBeEnabled();
  });

  test('hung label glyphs: after a while the page says the map has not finished drawing', async ({ page }) => {
    test.setTimeout(90_000);
    await page.route('**/glyphs/**', () => undefined);
    await page.goto('./');
    await expect(page.getByRole('alert')).toContainText('has not finished', { timeout: 40_000 });
  });
});
