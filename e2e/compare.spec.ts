import { expect, openApp, test } from './fixtures';

test('plan against outcome shows, day by day, each order beside what the accounts say by then', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
  const view = page.getByRole('tabpanel', { name: 'Plan vs outcome' });
  // Opening the comparison puts the outcome layer on the map beside the telegram's.
  await expect(page.getByRole('checkbox', { name: /Show what happened/ })).toBeChecked();

  await view.getByRole('button', { name: '8 January', exact: true }).click();
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^9 January 1951, 00:00/);
  await expect(view.locator('.compare-date')).toHaveText('By 9 January 1951, 00:00 (the end of 8 January)');
  const suwon = view.locator('[data-statement-id="pursue-to-suwon"]');
  await expect(suwon).toContainText('If the enemy keeps withdrawing south');
  await expect(suwon).toContainText('Carried out');
  await expect(suwon.getByRole('button', { name: 'Suwon falls to Chinese forces' })).toBeVisible();
  const bukhan = view.locator('[data-statement-id="bukhan-crossings"]');
  await expect(bukhan).toContainText('Not carried out');
  await expect(bukhan.getByRole('button', { name: 'The ordered crossing of the Bukhan is not made' })).toBeVisible();

  // On 5 January nothing the accounts say has settled the pursuit to Suwon yet.
  await view.getByRole('button', { name: '5 January', exact: true }).click();
  await expect(suwon).toContainText('No account dates anything of it by this day');
  await expect(bukhan).toHaveCount(0); // ordered only from the end of 7 January

  // The outcome event opens its card; the statement card leads with the outcome summary.
  await view.getByRole('button', { name: '8 January', exact: true }).click();
  await suwon.getByRole('button', { name: /If the enemy keeps withdrawing south/ }).click();
  const card = page.getByTestId('statement-card');
  await expect(card.getByTestId('card-outcome-summary')).toContainText('Carried out');
  const summaryBox = await card.getByTestId('card-outcome-summary').boundingBox();
  const quoteBox = await card.getByTestId('statement-quote').first().boundingBox();
  expect(summaryBox !== null && quoteBox !== null && summaryBox.y < quoteBox.y, 'the outcome summary comes before the detail').toBe(true);
});
