import { expect, openApp, test } from './fixtures';
import { camerasOfBothHalves, mapIdle } from './map-helpers';

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

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('the swipe map of plan and outcome: a finger drags the divider, the map stays two halves', async ({ page }) => {
    await openApp(page, '#date=1951-01-07T24:00');
    await page.getByRole('button', { name: 'Text' }).click();
    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    // The comparison's list covers the lower part of the map; the divider's handle and labels stay above it.
    const handle = page.getByRole('slider', { name: 'Divider between the plan and what happened' });
    const handleBox = await handle.boundingBox();
    const sheetBox = await page.getByRole('region', { name: 'The telegram' }).boundingBox();
    if (handleBox === null || sheetBox === null) throw new Error('not laid out');
    expect(handleBox.y + handleBox.height).toBeLessThan(sheetBox.y);
    await expect(page.getByTestId('swipe-label-outcome')).toBeInViewport();

    // Back to the whole map, then a finger drags the handle to a quarter of the width.
    await page.getByRole('button', { name: 'Text' }).click();
    const start = await handle.boundingBox();
    if (start === null) throw new Error('no handle');
    const from = { x: start.x + start.width / 2, y: start.y + start.height / 2 };
    const camerasBefore = await camerasOfBothHalves(page);
    const touch = await page.context().newCDPSession(page);
    await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    for (let step = 1; step <= 6; step += 1) {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from.x - (step * (from.x - 390 / 4)) / 6, y: from.y + step * 4 }] });
    }
    await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(async () => Number(await handle.getAttribute('aria-valuenow'))).toBeCloseTo(25, 0);
    const clip = await page.getByTestId('compare-map').evaluate((element) => getComputedStyle(element).clipPath);
    expect(clip).toMatch(/^inset\(0px 0px 0px 2[45](\.\d)?%\)$/);
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
    // The finger moved the divider, not the maps.
    expect(await camerasOfBothHalves(page)).toEqual(camerasBefore);
  });
});
