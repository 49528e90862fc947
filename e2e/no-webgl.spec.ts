import { chromiumPath } from './chromium-path';
import { expect, test } from './fixtures';

// Chromium started with its 3D APIs off: the page must still be useful without a map.
test.use({
  launchOptions: {
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--disable-3d-apis', '--disable-webgl'],
  },
});

test('a clear notice replaces the map; text, search and place cards still work', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('alert')).toContainText('cannot draw the map (WebGL is not available)');
  await expect(page.getByTestId('map')).toHaveCount(0);
  await page.locator('.telegram').getByRole('button', { name: 'Kokusekiri' }).click();
  const card = page.getByRole('complementary', { name: /Heukseok/ });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('card-quote').locator('mark')).toHaveText('Kokusekiri');
  await page.getByRole('combobox', { name: 'Search places' }).fill('Chemulpo');
  await page.getByRole('combobox', { name: 'Search places' }).press('Enter');
  await expect(page.getByRole('complementary', { name: 'Incheon' })).toBeVisible();
  await page.getByRole('slider', { name: 'Date and hour' }).focus();
  await page.keyboard.press('PageUp');
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^6 January 1951, 00:00/);
});

test('the PNG export is disabled and says why, instead of waiting for a map that cannot come', async ({ page }) => {
  await page.goto('./');
  await page.getByText('Export', { exact: true }).click();
  const button = page.getByRole('button', { name: 'PNG image of this map view' });
  await expect(button).toBeDisabled();
  await expect(button).toHaveAccessibleDescription(/not available: This browser cannot draw the map \(WebGL is not available\)/);
});
