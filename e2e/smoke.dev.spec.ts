import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** What the map's style global state holds, next to what the store says it should hold. */
async function mapAndStore(page: Page): Promise<{ map: Record<string, unknown>; store: Record<string, unknown> }> {
  return page.evaluate(() => {
    const map = window.__map;
    const store = window.__appStore?.getState();
    if (map === undefined || store === undefined) throw new Error('no map or store');
    const state = map.getGlobalState();
    return {
      map: { time: state.time, selectedPlace: state.selectedPlace, showOutcome: state.showOutcome, labelLanguage: state.labelLanguage },
      store: { time: store.time, selectedPlace: store.selectedPlaceId ?? '', showOutcome: store.showOutcome, labelLanguage: store.labelLanguage },
    };
  });
}

test('under the development server (StrictMode) the map follows the store: scrub, open a card, switch labels', async ({ page }) => {
  await openApp(page, '#date=1951-01-04T12:00');
  const slider = page.getByRole('slider', { name: 'Date and hour' });
  await slider.focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^5 January 1951, 12:00/);
  const afterScrub = await mapAndStore(page);
  expect(afterScrub.map.time).toBe(Date.UTC(1951, 0, 5, 12));
  expect(afterScrub.map).toEqual(afterScrub.store);

  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).click();
  await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
  const afterCard = await mapAndStore(page);
  expect(afterCard.map.selectedPlace).toBe('hoengseong');
  expect(afterCard.map).toEqual(afterCard.store);
  expect(await page.evaluate(() => window.__map?.getFeatureState({ source: 'places', id: 'hoengseong' }).selected)).toBe(true);

  await page.getByLabel('Place names').selectOption('hangul');
  await page.getByLabel('Show what happened (outcome, from other sources)').check();
  const afterToggles = await mapAndStore(page);
  expect(afterToggles.map).toEqual({ ...afterToggles.store, labelLanguage: 'hangul', showOutcome: true });
  expect(afterToggles.store).toMatchObject({ labelLanguage: 'hangul', showOutcome: true });
});

test('under StrictMode the swipe map makes one second map, follows the store, and is removed on leaving', async ({ page }) => {
  await openApp(page, '#date=1951-01-07T24:00');
  await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
  await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(2);
  await page.getByRole('tabpanel', { name: 'Plan vs outcome' }).getByRole('button', { name: '6 January', exact: true }).click();
  const states = await page.evaluate(() => ({ plan: window.__map?.getGlobalState(), outcome: window.__compareMap?.getGlobalState() }));
  expect(states.plan).toMatchObject({ time: Date.UTC(1951, 0, 7), showOutcome: false });
  expect(states.outcome).toMatchObject({ time: Date.UTC(1951, 0, 7), showOutcome: true });
  await page.getByRole('tab', { name: 'The telegram' }).click();
  await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
  expect(await page.evaluate(() => window.__compareMap === undefined)).toBe(true);
});
