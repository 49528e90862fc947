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
