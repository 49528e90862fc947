import { expect, openApp, test } from './fixtures';
import { mapIdle } from './map-helpers';

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone the search results lie inside the screen', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Search places' }).fill('Ki');
  const list = page.getByRole('listbox', { name: 'Places and units found' });
  await expect(list).toBeVisible();
  const box = await list.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
});

test('on a phone the header says what the document is, and the search placeholder is not cut', async ({ page }) => {
  await openApp(page);
  const header = page.getByRole('banner');
  await expect(header.getByText(/Kim Il Sung.*Stalin/).filter({ visible: true })).toHaveCount(1);
  const room = await page.getByRole('combobox', { name: 'Search places' }).evaluate((input: HTMLInputElement) => {
    const style = getComputedStyle(input);
    const context = document.createElement('canvas').getContext('2d');
    if (context === null) throw new Error('no canvas');
    context.font = style.font;
    const inner = input.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
    return { text: context.measureText(input.placeholder).width, inner };
  });
  expect(room.text).toBeLessThanOrEqual(room.inner);
});

test('on a phone a statement tapped on the map stays in sight above its card', async ({ page }) => {
  // Zoomed in south of Seoul, where the line runs down the middle of the screen.
  await openApp(page, '#map=9.5/37.42/126.98');
  // A point halfway along the conditional advance to Suwon, clear of any place's dot.
  const target = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const { x, y } = map.project([(126.9548 + 127.0083) / 2, (37.489 + 37.2722) / 2]);
    const rect = map.getCanvas().getBoundingClientRect();
    return { x: rect.left + x, y: rect.top + y };
  });
  await page.mouse.click(target.x, target.y);
  const card = page.getByTestId('statement-card');
  await expect(card).toContainText('occupies Suwon');
  await mapIdle(page);
  const cardTop = (await card.boundingBox())?.y ?? 0;
  const drawn = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const rect = map.getCanvas().getBoundingClientRect();
    return map
      .querySourceFeatures('situation', { filter: ['==', ['get', 'statementId'], 'pursue-to-suwon'] })
      .flatMap((feature) => (feature.geometry.type === 'LineString' ? feature.geometry.coordinates : feature.geometry.type === 'Point' ? [feature.geometry.coordinates] : []))
      .map(([lon = 0, lat = 0]) => {
        const point = map.project([lon, lat]);
        return { x: rect.left + point.x, y: rect.top + point.y };
      });
  });
  expect(drawn.length).toBeGreaterThan(1);
  for (const point of drawn) {
    expect(point.y).toBeLessThan(cardTop);
    expect(point.x).toBeGreaterThanOrEqual(0);
    expect(point.x).toBeLessThanOrEqual(390);
  }
});
