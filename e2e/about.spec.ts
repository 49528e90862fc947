import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

const aboutDialog = (page: Page) => page.getByRole('dialog', { name: 'About this document' });

async function allViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((violation) => `${violation.id} (${violation.impact ?? '?'}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test.describe('a first visit', () => {
  test.use({ firstVisit: true });

  test('shows the introduction with focus on its title; closed, it stays closed after a reload; the header button reopens it', async ({ page }) => {
    await openApp(page);
    const dialog = aboutDialog(page);
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'About this document' })).toBeFocused();
    await expect(dialog).toContainText('"Kim Son", is not identified in the sources consulted');
    await expect(dialog.getByRole('list', { name: 'Sources' }).first()).toContainText('archival primary');

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    const about = page.getByRole('button', { name: 'About' });
    await expect(about).toBeFocused();

    await page.reload();
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect(page.getByRole('region', { name: 'The telegram' })).toContainText('NRVS');
    await expect(dialog).toBeHidden();

    await about.click();
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'About this document' })).toBeFocused();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(about).toBeFocused();
  });

  test('axe finds no violations with the introduction open', async ({ page }) => {
    await openApp(page);
    await expect(aboutDialog(page)).toBeVisible();
    expect(await allViolations(page)).toEqual([]);
  });

  test('on a phone the introduction fits the screen and scrolls to its glossary', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openApp(page);
    const dialog = aboutDialog(page);
    await expect(dialog).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(390);
    expect(box?.height).toBeLessThanOrEqual(844);
    await dialog.getByRole('link', { name: 'Glossary' }).click();
    await expect(dialog.getByRole('heading', { name: 'Glossary' })).toBeInViewport();
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport();
    expect(await allViolations(page)).toEqual([]);
  });

  test('without storage (it throws) the introduction still opens and closes, and the app works', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('storage is disabled', 'SecurityError');
        },
      });
    });
    await openApp(page);
    const dialog = aboutDialog(page);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await page.locator('.telegram').getByRole('button', { name: 'Kokusekiri' }).click();
    await expect(page.getByRole('complementary', { name: /Heukseok/ })).toBeVisible();
  });
});

test.describe('glossary notes', () => {
  test.use({ firstVisit: true });

  test('appear on hover and on keyboard focus, and Escape hides a note without closing the dialog', async ({ page }) => {
    await openApp(page);
    const dialog = aboutDialog(page);
    await expect(dialog).toBeVisible();
    const nrvs = dialog.getByRole('button', { name: 'NRVS', exact: true });
    await expect(nrvs).toHaveAccessibleDescription(/does not explain them/);
    const note = dialog.getByRole('tooltip').filter({ hasText: 'does not explain them' });
    await expect(note).toBeHidden();

    await nrvs.hover();
    await expect(note).toBeVisible();
    await note.hover();
    await expect(note, 'the pointer can move onto the note').toBeVisible();
    await dialog.getByRole('heading', { name: 'About this document' }).hover();
    await expect(note).toBeHidden();

    await nrvs.focus();
    await expect(note).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    await expect(nrvs).toBeFocused();
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });
});

test('a place card explains its script labels', async ({ page }) => {
  await openApp(page, '#place=hoengseong');
  const card = page.getByRole('complementary', { name: 'Hoengseong' });
  const label = card.getByRole('button', { name: 'McCune-Reischauer' }).first();
  await label.scrollIntoViewIfNeeded();
  await label.hover();
  await expect(card.getByRole('tooltip').filter({ hasText: 'first published in 1939' }).first()).toBeVisible();
  const japanese = card.getByRole('button', { name: 'Japanese reading', exact: true });
  await japanese.focus();
  await expect(card.getByRole('tooltip').filter({ hasText: 'Kei jo for Seoul' }).first()).toBeVisible();
  // As in accessibility.spec.ts: the page without the dialog has a known moderate finding (landmark-unique, map panel).
  expect((await allViolations(page)).filter((line) => /\((serious|critical)\)/.test(line))).toEqual([]);
});
