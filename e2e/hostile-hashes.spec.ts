import { expect, openApp, test } from './fixtures';

/** Field values an attacker or a mangled link might carry: wrong types, out of range, huge, encoded, injected. */
const HOSTILE_VALUES = {
  date: ['', '1951-13-45', '1951-01-04T25:00', '9999-99-99', '-1', '1951-01-04T18:00<script>', '%00', '1e308', 'NaN', '1951-01-0'.repeat(40), '٢٠٢٤-٠١-٠١', '1950-12-31'],
  place: ['', '../../etc/passwd', 'SEOUL', 'seoul;drop', '__proto__', 'constructor', 'x'.repeat(500), '%3Cimg%20src%3Dx%3E', 'seoul%00', 'atlantis'],
  map: ['', 'NaN/x/1e99', '22/85/180', '-1/0/0', '8/-85/127.5', '1e9/1e9/1e9', '5/37.5', '5/37.5/127/9', '0x10/0/0', 'Infinity/0/0', '8/37.5/127.5'.repeat(20)],
  outcome: ['', '2', 'true', '1;1', '<b>'],
} as const;

/** A deterministic walk over combinations (no randomness, so a failure can be replayed). */
function hostileHashes(count: number): string[] {
  const hashes: string[] = [];
  const { date, place, map, outcome } = HOSTILE_VALUES;
  for (let index = 0; hashes.length < count; index += 1) {
    const fields = [
      `date=${date[index % date.length] ?? ''}`,
      `place=${place[(index * 7) % place.length] ?? ''}`,
      `map=${map[(index * 3) % map.length] ?? ''}`,
      `outcome=${outcome[(index * 5) % outcome.length] ?? ''}`,
    ];
    // Vary order, duplicates, stray separators and raw percent signs too.
    if (index % 4 === 1) fields.reverse();
    if (index % 6 === 2) fields.push(fields[0] ?? '');
    if (index % 9 === 3) fields.push('%%%', '&&', '=', 'date');
    hashes.push(`#${fields.join('&')}`);
  }
  return hashes;
}

test('over 300 hostile hashes, one after another, raise no error and leave the page usable', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page);
  const hashes = hostileHashes(320);
  expect(new Set(hashes).size).toBeGreaterThan(300);
  for (const hash of hashes) {
    await page.evaluate((value) => {
      window.location.hash = value;
    }, hash);
  }
  // Let the last changes reach the map and the panels.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.getByTestId('timeline-readout')).toHaveText(/January 1951/);
  await expect(page.getByRole('complementary', { name: /atlantis|passwd/i })).toHaveCount(0);
  // Still readable and usable: a mention opens its card.
  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).click();
  await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
  expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
});
