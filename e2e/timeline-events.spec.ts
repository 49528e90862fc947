import { expect, openApp, test } from './fixtures';

test('the caption under the timeline tells the latest dated moment, outcome events included when that layer is on', async ({ page }) => {
  await openApp(page, '#date=1951-01-04T12:00');
  const caption = page.getByTestId('timeline-caption');
  await expect(caption).toContainText('occupy Seoul');
  await expect(caption).toContainText('Reported');

  const ticks = page.locator('.timeline-tick');
  const telegramTicks = await ticks.count();
  await expect(page.locator('.timeline-tick-outcome')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Show what happened/ }).check();
  await expect(page.locator('.timeline-tick-outcome').first()).toBeAttached();
  expect(await ticks.count()).toBeGreaterThan(telegramTicks);

  await expect(page.locator('.timeline-tick-outcome[title^="Peng Dehuai halts the pursuit"]')).toHaveCount(1);

  // At the end, the latest moment is the telegram's arrival in Moscow.
  await page.getByRole('slider', { name: 'Date and hour' }).focus();
  await page.keyboard.press('End');
  await expect(caption).toContainText('Received in Moscow');
});

test('playback rests at a marked moment so its caption can be read', async ({ page }) => {
  await openApp(page, '#date=1951-01-08T01:00');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('12');
  const readout = page.getByTestId('timeline-readout');
  await page.getByRole('button', { name: 'Play' }).click();
  // The step from 02:00 to 03:00 passes the receipt at 02:40: playback holds there instead of running on at 12 h/s.
  await expect(readout).toHaveText(/^8 January 1951, 03:00/);
  await expect(page.getByTestId('timeline-caption')).toContainText('Received in Moscow');
  await page.waitForTimeout(900);
  await expect(readout).toHaveText(/^8 January 1951, 03:00/);
  // Then it goes on.
  await expect(readout).not.toHaveText(/^8 January 1951, 0[34]:00/, { timeout: 5000 });
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await readout.textContent();
  await page.waitForTimeout(600);
  await expect(readout).toHaveText(paused ?? '');
});
