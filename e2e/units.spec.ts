import { expect, openApp, test } from './fixtures';

test('the order of battle lists the formations and opens a unit card with its statements in time order', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Units' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Units' });
  for (const name of ['50th army', '38th army', '66th army', '1st Corps of the People\'s Army', 'Enemy troops']) await expect(panel.getByRole('button', { name, exact: true })).toBeVisible();

  await panel.getByRole('button', { name: '50th army', exact: true }).click();
  const card = page.getByTestId('unit-card');
  await expect(card.getByRole('heading', { name: '50th army' })).toBeVisible();
  const statements = card.getByTestId('unit-statement');
  await expect(statements.first()).toContainText('continues to advance');
  expect(await statements.count()).toBeGreaterThanOrEqual(4);

  // A statement opens its own card; the unit's card is closed by it (one card at a time).
  await statements.first().getByRole('button', { name: /continues to advance/ }).click();
  await expect(page.getByTestId('statement-card')).toBeVisible();
  await expect(card).toHaveCount(0);
});

test('search finds units by name and by the commander\'s name, and opens their card', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search places and units' });
  await search.fill('50th army');
  await expect(page.getByRole('option', { name: /50th army/ })).toBeVisible();
  await search.press('Enter');
  await expect(page.getByTestId('unit-card').getByRole('heading', { name: '50th army' })).toBeVisible();

  await search.fill('Han Xianchu');
  const option = page.getByRole('option', { name: /Hun Xianchu/ });
  await expect(option).toContainText('unit');
  await option.click();
  await expect(page.getByTestId('unit-card')).toContainText('Hun Xianchu');
});

test('the tabs switch between the text and the units with the arrow keys', async ({ page }) => {
  await openApp(page);
  const textTab = page.getByRole('tab', { name: 'The telegram' });
  await textTab.focus();
  await textTab.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Units' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tab', { name: 'Units' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Units' })).toBeVisible();
});

test('clicking a unit symbol on the map opens that unit\'s card, not the place under it', async ({ page }) => {
  await openApp(page, '#date=1951-01-04T24:00&map=9.5/37.55/126.98');
  const target = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    const feature = map.queryRenderedFeatures({ layers: ['situation-units'] })[0];
    if (feature === undefined || feature.geometry.type !== 'Point') return null;
    const point = map.project(feature.geometry.coordinates as [number, number]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + point.x, y: box.top + point.y, unitId: String(feature.properties.unitId) };
  });
  expect(target, 'a unit symbol drawn in the view').not.toBeNull();
  if (target === null) return;
  const units = (await (await page.request.get('data/units.json')).json()) as { id: string; name: string }[];
  const name = units.find((unit) => unit.id === target.unitId)?.name ?? '';
  await page.mouse.click(target.x, target.y);
  await expect(page.getByTestId('unit-card').getByRole('heading', { name })).toBeVisible();
  await expect(page.getByTestId('place-card')).toHaveCount(0);
});

test('a unit card has its own permalink', async ({ page }) => {
  await openApp(page, '#unit=cpv-50-army');
  await expect(page.getByTestId('unit-card').getByRole('heading', { name: '50th army' })).toBeVisible();
  await page.getByTestId('unit-card').getByRole('button', { name: 'Close unit card' }).click();
  await expect(page).not.toHaveURL(/unit=/);
});
