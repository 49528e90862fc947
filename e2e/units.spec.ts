import { expect, openApp, test } from './fixtures';
import { mapIdle, renderedFeatures, statementIdsOnMap } from './map-helpers';

test('the order of battle lists the formations and opens a unit card with its statements in time order', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Units' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Units' });
  // A formation's button starts with its name; commanders' names as written may follow it.
  for (const name of ['50th army', '38th army', '66th army', '1st Corps of the People\'s Army', 'Enemy troops']) await expect(panel.getByRole('button', { name: new RegExp(`^${name}( —|$)`) })).toBeVisible();
  await expect(panel.getByRole('button', { name: /^66th army — “Wu Ruilin”, “Chzhou Biao”$/ })).toBeVisible();

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

  // The name the sources give the commander finds the formation whose commander the telegram spells otherwise.
  await search.fill('Han Xianchu');
  const option = page.getByRole('option', { name: /Han Xianchu/ });
  await expect(option).toContainText('Right column');
  await option.click();
  const card = page.getByTestId('unit-card');
  await expect(card).toContainText('Hun Xianchu');
  const identified = card.getByTestId('commander-identified');
  await expect(identified).toHaveCount(1);
  await expect(identified).toContainText('Identified as Han Xianchu (韩先楚)');
  await expect(identified).toContainText('high confidence');
  await expect(identified.locator('.sources li')).toHaveCount(2);

  await search.fill('Pang Ho-san');
  const corps = page.getByRole('option', { name: /Pang Ho-san/ });
  await expect(corps).toHaveCount(2);
  await corps.first().click();
  await expect(card.getByTestId('commander-identified')).toContainText('Identified as Pang Ho-san (방호산, 方虎山)');
  await expect(card.getByTestId('commander-identified')).toContainText('medium confidence');
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

test('a unit card filters the map to that formation\'s statements, says so over the map, and the permalink keeps it', async ({ page }) => {
  await openApp(page, '#date=1951-01-06T12:00&map=8.2/37.45/127.2');
  await mapIdle(page);
  const all = await statementIdsOnMap(page);
  const statements = (await (await page.request.get('data/statements.json')).json()) as { id: string; units: string[] }[];
  const aboutFiftieth = new Set(statements.filter((statement) => statement.units.includes('cpv-50-army')).map((statement) => statement.id));
  expect(all.some((id) => !aboutFiftieth.has(id)), 'the whole map shows statements about other formations').toBe(true);

  await page.getByRole('tab', { name: 'Units' }).click();
  await page.getByRole('tabpanel', { name: 'Units' }).getByRole('button', { name: '50th army', exact: true }).click();
  const toggle = page.getByTestId('unit-card').getByRole('button', { name: 'Show only this formation on the map' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const notice = page.getByTestId('formation-filter');
  await expect(notice).toContainText('50th army');
  await expect(page).toHaveURL(/only=cpv-50-army/);
  await mapIdle(page);
  const filtered = await statementIdsOnMap(page);
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.filter((id) => !aboutFiftieth.has(id))).toEqual([]);
  const symbols = await renderedFeatures(page, ['situation-units']);
  expect(new Set(symbols.map((feature) => feature.properties.unitId))).toEqual(new Set(['cpv-50-army']));
  await expect(page.locator('.visible-now summary')).toContainText('only the 50th army');

  // Closing the card keeps the filter; a reload of the permalink restores it; "Show all" lifts it.
  await page.getByRole('button', { name: 'Close unit card' }).click();
  await expect(notice).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('formation-filter')).toContainText('50th army');
  await page.locator('[data-map-ready="true"]').waitFor();
  await mapIdle(page);
  expect((await statementIdsOnMap(page)).filter((id) => !aboutFiftieth.has(id))).toEqual([]);
  await page.getByTestId('formation-filter').getByRole('button', { name: 'Show all' }).click();
  await expect(page.getByTestId('formation-filter')).toHaveCount(0);
  await expect(page).not.toHaveURL(/only=/);
  await mapIdle(page);
  expect(await statementIdsOnMap(page)).toEqual(all);
});
