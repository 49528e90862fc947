import { expect, openApp, test } from './fixtures';

test('the app loads, the map reaches idle and draws the basemap of central Korea', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4 January 1951');
  const rendered = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) return null;
    const layers = ['land', 'rivers', 'parallel-38'];
    return Object.fromEntries(layers.map((id) => [id, map.queryRenderedFeatures({ layers: [id] }).length]));
  });
  expect(rendered).not.toBeNull();
  expect(rendered?.land).toBeGreaterThan(0);
  expect(rendered?.rivers).toBeGreaterThan(0);
  expect(rendered?.['parallel-38']).toBeGreaterThan(0);
});
