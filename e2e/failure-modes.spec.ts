import { expect, openApp, test } from './fixtures';

test.describe('bad data at run time', () => {
  test.use({ expectedConsoleErrors: [/status of 500/] });

  test('a data file that fails to load is named, and the rest keeps working', async ({ page }) => {
    await page.route('**/data/statements.json', (route) => route.fulfill({ status: 500, body: 'server error' }));
    await openApp(page);
    await expect(page.getByRole('alert')).toContainText('data/statements.json could not be loaded (HTTP 500)');
    await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).click();
    await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
  });
});

test('a malformed data file is named, and the text and cards still work', async ({ page }) => {
  await page.route('**/data/units.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"units": [' }));
  await openApp(page);
  await expect(page.getByRole('alert')).toContainText('data/units.json is not valid JSON');
  await page.getByRole('combobox', { name: 'Search places' }).fill('Kimpo');
  await page.getByRole('combobox', { name: 'Search places' }).press('Enter');
  await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
});

test('the built page runs under a Content-Security-Policy with no inline script and no eval', async ({ page }) => {
  await openApp(page);
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  expect(await page.evaluate(() => document.querySelectorAll('script:not([src])').length)).toBe(0);
});

