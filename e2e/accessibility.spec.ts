import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact ?? 'no impact'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('accessibility (axe: no serious or critical violations)', () => {
  test('initial view', async ({ page }) => {
    await openApp(page);
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('place card open', async ({ page }) => {
    await openApp(page, '#place=incheon');
    await expect(page.getByRole('complementary', { name: 'Incheon' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('citation panel open, copied and not copied', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openApp(page, '#place=incheon');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    await expect(page.getByRole('group', { name: 'Citation of this view' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
    await page.getByRole('button', { name: 'Cite this view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copying was not allowed here' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('search results open', async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Search places' }).fill('Ki');
    await expect(page.getByRole('listbox', { name: 'Places and units found' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('guided tour running', async ({ page }) => {
    await openApp(page, '#tour=first-corps');
    await expect(page.getByRole('region', { name: 'Guided tour' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('units tab and a unit card', async ({ page }) => {
    await openApp(page, '#unit=cpv-50-army');
    await page.getByRole('tab', { name: 'Units' }).click();
    await expect(page.getByTestId('unit-card')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('plan against outcome, desktop and phone', async ({ page }) => {
    await openApp(page, '#date=1951-01-08T24:00');
    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    await expect(page.getByTestId('compare-row').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('plan against outcome as a swipe map, desktop and phone: no violations of any impact', async ({ page }) => {
    await openApp(page, '#date=1951-01-07T24:00');
    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    const slider = page.getByRole('slider', { name: 'Divider between the plan and what happened' });
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', '52');
    expect(await allViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect(page.getByTestId('swipe-label-outcome')).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
  });

  test('phone width, text sheet open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    await page.getByRole('button', { name: 'Text' }).click();
    await expect(page.getByRole('region', { name: 'The telegram' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

test('everything works from the keyboard: mention, card, timeline, search', async ({ page }) => {
  await openApp(page);
  const mention = page.locator('.telegram').getByRole('button', { name: 'Wonju' });
  await mention.focus();
  await expect(mention).toBeFocused();
  await page.keyboard.press('Enter');
  const card = page.getByRole('complementary', { name: 'Wonju' });
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Show in text' }).focus();
  await page.keyboard.press('Enter');
  await expect(mention).toBeFocused();
  await card.getByRole('button', { name: 'Close place card' }).focus();
  await page.keyboard.press('Enter');
  await expect(card).toHaveCount(0);

  const search = page.getByRole('combobox', { name: 'Search places' });
  await search.focus();
  await page.keyboard.type('Suwon');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Suwon' })).toBeVisible();

  await page.getByRole('slider', { name: 'Date and hour' }).focus();
  await page.keyboard.press('PageDown');
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^4 January 1951, 00:00/);
});

test('the map has a text alternative listing what it shows at the current time', async ({ page }) => {
  await openApp(page, '#date=1951-01-03T12:00');
  await page.getByText(/^What the map shows now/).click();
  const list = page.getByRole('list', { name: 'Shown on the map at this time' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('Units of the 66th army take Chuncheon.');
  await page.getByRole('slider', { name: 'Date and hour' }).focus();
  await page.keyboard.press('End');
  await expect(list).toContainText('The line between the 50th army and the 1st Corps');
});
