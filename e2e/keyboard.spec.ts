import { expect, openApp, test } from './fixtures';

test('Enter on a mention moves focus into its card; Escape closes it and focus returns to the mention', async ({ page }) => {
  await openApp(page);
  const mention = page.locator('.telegram').getByRole('button', { name: 'Wonju' });
  await mention.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Wonju' });
  await expect(card).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Close place card' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(mention).toBeFocused();
});

test('a search result opens its card with focus in it; Escape returns to the search box', async ({ page }) => {
  await openApp(page);
  const search = page.getByRole('combobox', { name: 'Search places' });
  await search.focus();
  await page.keyboard.type('Suwon');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Suwon' });
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('Escape first closes the search list, not the card behind it', async ({ page }) => {
  await openApp(page, '#place=incheon');
  const card = page.getByRole('complementary', { name: 'Incheon' });
  await expect(card).toBeVisible();
  await page.getByRole('combobox', { name: 'Search places' }).fill('Ki');
  await expect(page.getByRole('listbox', { name: 'Places and units found' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox', { name: 'Places and units found' })).toHaveCount(0);
  await expect(card).toBeVisible();
});

test('a statement card closes with Escape too', async ({ page }) => {
  await openApp(page);
  await page.evaluate(() => window.__appStore?.getState().selectStatement('seoul-occupied'));
  const card = page.getByTestId('statement-card');
  await expect(card).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
});

test('skip links are the first Tab stops and reach the map, the timeline and the text', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('map').locator('canvas')).toBeFocused();

  await page.getByRole('link', { name: 'Skip to the timeline' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('slider', { name: 'Date and hour' })).toBeFocused();

  await page.getByRole('link', { name: 'Skip to the text' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'The telegram' })).toBeFocused();
});

test('the step buttons say what they do', async ({ page }) => {
  await openApp(page, '#date=1951-01-04T12:00');
  await page.getByRole('button', { name: 'One hour on' }).click();
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^4 January 1951, 13:00/);
  await page.getByRole('button', { name: 'One hour back' }).click();
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^4 January 1951, 12:00/);
  // What the eye reads matches what the name says: no rewind or skip-to-end glyphs.
  await expect(page.getByRole('button', { name: 'One hour on' })).toHaveText('+1 h');
  await expect(page.getByRole('button', { name: 'One hour back' })).toHaveText('−1 h');
});
