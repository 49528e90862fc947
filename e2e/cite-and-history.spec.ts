import { readFileSync } from 'node:fs';
import { expect, openApp, test } from './fixtures';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const CANONICAL_TELEGRAM = 'https://digitalarchive.wilsoncenter.org/document/111207';

function todayInWords(): string {
  return new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

test.describe('Cite this view', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies a citation with the permalink, and the permalink opens the same view', async ({ page, context }) => {
    await openApp(page, '#date=1951-01-06T07:00&place=incheon&map=9.00/37.4500/126.7000');
    await expect(page.getByRole('complementary', { name: 'Incheon' })).toBeVisible();
    await page.getByRole('button', { name: 'Cite this view' }).click();
    const panel = page.getByRole('group', { name: 'Citation of this view' });
    await expect(panel.getByRole('status')).toHaveText('Copied to the clipboard:');

    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await expect(panel.getByRole('textbox', { name: 'Citation and permalink' })).toHaveValue(copied);
    expect(copied).toContain(`The order of 4 January 1951, on the map, version ${version}.`);
    expect(copied).toContain('map as of 6 January 1951, 07:00');
    expect(copied).toContain('place: Incheon');
    expect(copied).toContain(`(accessed ${todayInWords()})`);
    expect(copied).toContain('"Telegram, Mao Zedong to Filippov (Stalin) transmitting 4 January 1951 message from Peng Dehuai, Kim Son, and Pak Il-u to Kim Il Sung"');
    expect(copied).toContain(CANONICAL_TELEGRAM);

    const permalink = /(http:\/\/\S+#\S+) \(accessed/.exec(copied)?.[1];
    expect(permalink).toMatch(/#date=1951-01-06T07:00&place=incheon&map=/);
    const other = await context.newPage();
    await openApp(other, new URL(permalink ?? '').hash);
    await expect(other.getByRole('complementary', { name: 'Incheon' })).toBeVisible();
    await expect(other.getByTestId('timeline-readout')).toHaveText(/^6 January 1951, 07:00/);
    await other.close();

    await page.keyboard.press('Escape');
    await expect(panel).toHaveCount(0);
  });

  test('names a statement card and the label language in what it copies', async ({ page }) => {
    await openApp(page, '#statement=pursue-to-suwon&labels=hangul');
    await expect(page.getByTestId('statement-card')).toBeVisible();
    await expect(page.getByLabel('Place names')).toHaveValue('hangul');
    await page.getByRole('button', { name: 'Cite this view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/; statement: [^\n]+\. http:\/\/\S+#\S*statement=pursue-to-suwon\S*&labels=hangul /);
  });
});

test('without clipboard access the citation waits selected in a text box', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
  });
  await openApp(page, '#place=suwon');
  await page.getByRole('button', { name: 'Cite this view' }).click();
  const panel = page.getByRole('group', { name: 'Citation of this view' });
  await expect(panel.getByRole('status')).toContainText('Copying was not allowed here');
  const box = panel.getByRole('textbox', { name: 'Citation and permalink' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue(/place: Suwon.*#\S*place=suwon/);
  const selection = await box.evaluate((element: HTMLTextAreaElement) => element.value.slice(element.selectionStart, element.selectionEnd));
  expect(selection).toBe(await box.inputValue());
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toHaveCount(0);
});

test.describe('card permalinks and history', () => {
  test('statement, outcome event and label language each come back from the address', async ({ page }) => {
    await openApp(page, '#event=suwon-occupied&outcome=1&labels=hanja');
    await expect(page.getByTestId('outcome-card')).toContainText('Suwon falls to Chinese forces');
    await expect(page.getByLabel('Place names')).toHaveValue('hanja');
    await page.getByLabel('Place names').selectOption('modern');
    await expect(page).toHaveURL(/labels=modern/);
    await page.getByLabel('Place names').selectOption('telegram');
    await expect(page).not.toHaveURL(/labels=/);
    await page.getByRole('button', { name: 'Close outcome card' }).click();
    await expect(page).not.toHaveURL(/event=/);
  });

  test('Back and Forward walk the cards opened; closing does not add a step', async ({ page }) => {
    await openApp(page);
    const text = page.locator('.telegram');
    await text.getByRole('button', { name: 'Wonju' }).click();
    await expect(page).toHaveURL(/place=wonju/);
    await text.getByRole('button', { name: 'Odzio' }).click();
    await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
    await expect(page).toHaveURL(/place=hoengseong/);

    await page.goBack();
    await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
    await page.goForward();
    await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();

    // Closing replaces the entry: Back from the closed card goes to where it was opened from, not to the card.
    await page.getByRole('button', { name: 'Close place card' }).click();
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await page.goBack();
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page).not.toHaveURL(/place=/);
  });

  test('opening and closing 300 cards does not grow the history by 300', async ({ page }) => {
    await openApp(page);
    const before = await page.evaluate(() => window.history.length);
    const text = page.locator('.telegram');
    // A few by hand, as a reader would ...
    for (const name of ['Wonju', 'Odzio', 'Suwon']) {
      await text.getByRole('button', { name }).first().click();
      await expect(page.getByRole('complementary')).toBeVisible();
      await page.getByRole('button', { name: 'Close place card' }).click();
      await expect(page.getByRole('complementary')).toHaveCount(0);
    }
    // ... then 300 more through the store, cycling through every place the text names.
    const placeIds = await text.locator('.mention[data-place-id]').evaluateAll((elements) => [...new Set(elements.map((element) => element.getAttribute('data-place-id') ?? ''))]);
    expect(placeIds.length).toBeGreaterThan(10);
    await page.evaluate((ids) => {
      const store = window.__appStore;
      if (store === undefined) throw new Error('no store');
      for (let index = 0; index < 300; index += 1) {
        store.getState().selectPlace(ids[index % ids.length] ?? null, 0, 'text');
        store.getState().selectPlace(null);
      }
    }, placeIds);
    const after = await page.evaluate(() => window.history.length);
    expect(after - before).toBeLessThanOrEqual(1);

    // The history still works: a new card after all that is one Back away from no card.
    await text.getByRole('button', { name: 'Wonju' }).click();
    await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();
    await page.getByRole('button', { name: 'Close place card' }).click();
    await text.getByRole('button', { name: 'Odzio' }).click();
    await text.getByRole('button', { name: 'Wonju' }).click();
    await page.goBack();
    await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
  });

  test('scrubbing writes the address a few times, not once a step, and Back after a card returns to where the scrub stopped', async ({ page }) => {
    await openApp(page, '#date=1951-01-04T00:00');
    const writes = await page.evaluate(async () => {
      const store = window.__appStore;
      if (store === undefined) throw new Error('no store');
      let count = 0;
      const replaceState = window.history.replaceState.bind(window.history);
      window.history.replaceState = (...args: Parameters<History['replaceState']>) => {
        count += 1;
        replaceState(...args);
      };
      for (let step = 0; step < 30; step += 1) store.getState().stepHours(1);
      await new Promise((resolve) => setTimeout(resolve, 600));
      window.history.replaceState = replaceState;
      return count;
    });
    expect(writes).toBeGreaterThan(0);
    expect(writes).toBeLessThan(5);
    await expect(page).toHaveURL(/date=1951-01-05T06:00/);

    // A scrub the address has not caught up with yet is written to the entry being left before a card adds one.
    await page.evaluate(() => {
      for (let step = 0; step < 3; step += 1) window.__appStore?.getState().stepHours(1);
    });
    await page.locator('.telegram').getByRole('button', { name: 'Wonju' }).click();
    await expect(page).toHaveURL(/date=1951-01-05T09:00&place=wonju/);
    await page.goBack();
    await expect(page.getByRole('complementary')).toHaveCount(0);
    await expect(page).toHaveURL(/date=1951-01-05T09:00/);
    await expect(page).not.toHaveURL(/place=/);
  });

  test('hostile card and label fields are dropped one by one, and the address is written clean', async ({ page }) => {
    await openApp(page, '#statement=<script>alert(1)</script>&event=../../etc&unit=cpv-50-army&labels=<img src=x>&place=wonju&date=1951-01-06T07:00');
    await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();
    await expect(page.getByLabel('Place names')).toHaveValue('telegram');
    await expect(page).toHaveURL(/#date=1951-01-06T07:00&place=wonju&map=[\d./-]+$/);
  });

  test('a statement opened on the map gets its own permalink', async ({ page }) => {
    await openApp(page, '#date=1951-01-05T12:00&map=12.00/37.5170/126.9600');
    const point = await page.evaluate(() => {
      const map = window.__map;
      if (map === undefined) throw new Error('no map');
      // On the demarcation line between the gazetteer points of Yongsan and Kasaivairi, as in read-with-map.spec.ts.
      const { x, y } = map.project([126.9647 + 0.25 * (126.9367 - 126.9647), 37.53 + 0.25 * (37.5792 - 37.53)]);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.click(point.x, point.y);
    await expect(page.getByTestId('statement-card')).toBeVisible();
    await expect(page).toHaveURL(/statement=demarcation-line/);
    await page.goBack();
    await expect(page.getByTestId('statement-card')).toHaveCount(0);
  });
});
