import { expect, openApp, test } from './fixtures';
import { mapIdle, statementIdsOnMap } from './map-helpers';

test.describe('the timeline', () => {
  test('scrubbing shows the sequence: reported first, orders from 4 January 24:00', async ({ page }) => {
    await openApp(page, '#date=1951-01-03T12:00&map=7.6/37.55/127.6');
    const slider = page.getByRole('slider', { name: 'Date and hour' });
    await expect(slider).toHaveAttribute('aria-valuetext', '3 January 1951, 12:00 — before the order was sent');
    await mapIdle(page);
    expect(await statementIdsOnMap(page)).toEqual(['chuncheon-taken', 'enemy-withdraws-to-hongcheon']);

    await slider.focus();
    await page.keyboard.press('PageUp'); // +1 day: 4 January 12:00
    await expect(page.getByTestId('timeline-readout')).toHaveText('4 January 1951, 12:00 — before the order was sent');
    await mapIdle(page);
    const on4th = await statementIdsOnMap(page);
    expect(on4th).toContain('seoul-occupied');
    expect(on4th).not.toContain('first-corps-crossing');

    await page.keyboard.press('PageUp'); // 5 January 12:00: the order has been sent
    await mapIdle(page);
    const on5th = await statementIdsOnMap(page);
    expect(on5th).toEqual(expect.arrayContaining(['seoul-occupied', 'first-corps-assembly', 'first-corps-crossing', 'enemy-defence-line-expected']));

    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuetext', '9 January 1951, 00:00 — after the telegram reached Moscow');
    await page.keyboard.press('Home');
    await expect(slider).toHaveAttribute('aria-valuetext', '3 January 1951, 00:00 — before the order was sent');
    await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuetext', '3 January 1951, 01:00 — before the order was sent');
  });

  test('one rule for midnight: the readout, its caption, a card and the comparison write a moment alike', async ({ page }) => {
    // 8 January 00:00 is where the data puts "in three days" and "until 7.1 inclusive": the telegram writes no 24:00 there.
    await openApp(page, '#date=1951-01-08T00:00&statement=armies-38-40-rest');
    const readout = page.getByTestId('timeline-readout');
    const captionTime = page.getByTestId('timeline-caption').locator('.when');
    await expect(readout).toHaveText('8 January 1951, 00:00 — the telegram is on its way to Moscow');
    await expect(captionTime).toHaveText('8 January 1951, 00:00');
    // The window starts at the order's own "24:00 4.1" and ends after "until 7.1 inclusive".
    await expect(page.getByTestId('statement-card')).toContainText('When: 4 January 1951, 24:00 to 8 January 1951, 00:00.');

    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    const view = page.getByRole('tabpanel', { name: 'Plan vs outcome' });
    await view.getByRole('button', { name: '5 January', exact: true }).click();
    await expect(readout).toHaveText(/^6 January 1951, 00:00 — /);
    await expect(view.locator('.compare-date')).toHaveText('By 6 January 1951, 00:00 (the end of 5 January)');
    // What the caption names by then (an account dated 6 January) is not pushed back to "5 January, 24:00".
    await expect(captionTime).not.toHaveText(/24:00/);

    // The order's own moment is written as the telegram writes it, in the readout and in the caption.
    const slider = page.getByRole('slider', { name: 'Date and hour' });
    await slider.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp');
    await page.keyboard.press('PageUp');
    await expect(readout).toHaveText('4 January 1951, 24:00 (as the telegram writes it) — the order is sent');
    await expect(captionTime).toHaveText('4 January 1951, 24:00');
    await expect(view.locator('.compare-date')).toHaveText('By 4 January 1951, 24:00');
  });

  test('step buttons and play move the time', async ({ page }) => {
    await openApp(page, '#date=1951-01-06T00:00');
    await page.getByRole('button', { name: 'One hour on' }).click();
    await expect(page.getByTestId('timeline-readout')).toHaveText(/^6 January 1951, 01:00/);
    await page.getByRole('button', { name: 'One hour back' }).click();
    await page.getByRole('button', { name: 'One hour back' }).click();
    await expect(page.getByTestId('timeline-readout')).toHaveText(/^5 January 1951, 23:00/);
    await page.getByLabel('Speed').selectOption('12');
    await page.getByRole('button', { name: 'Play' }).click();
    // Forward, not merely different: 12 timeline hours a second reach 6 January within a few seconds.
    await expect(page.getByTestId('timeline-readout')).toHaveText(/^6 January 1951/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    const paused = await page.getByTestId('timeline-readout').textContent();
    // Paused stays put: over a second, playback would have moved twelve hours.
    await page.waitForTimeout(1_000);
    await expect(page.getByTestId('timeline-readout')).toHaveText(paused as string);
  });
});
