import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Text first: the built index.html holds the header and the telegram's text (vite.config.ts, rendered by the
 * app's own components), and the app takes the page over without losing what the reader did meanwhile
 * (src/app/take-over.ts).
 */
interface Mention {
  sentenceId: string;
  start: number;
  end: number;
  placeId: string;
}
interface Telegram {
  blocks: { part: string; sentences: { id: string; text: string }[] }[];
}

/** Every place name of the telegram's text (not the catalogue record), as the built data gives it. */
async function mentionsInText(request: APIRequestContext): Promise<{ id: string; text: string; placeId: string }[]> {
  const telegram = (await (await request.get('./data/telegram.json')).json()) as Telegram;
  const mentions = (await (await request.get('./data/mentions.json')).json()) as Mention[];
  const sentences = new Map(telegram.blocks.filter((block) => block.part !== 'archive').flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence.text] as const)));
  return mentions.flatMap((mention) => {
    const text = sentences.get(mention.sentenceId);
    return text === undefined ? [] : [{ id: `mention-${mention.sentenceId}-${mention.start}`, text: text.slice(mention.start, mention.end), placeId: mention.placeId }];
  });
}

/** Holds the app's own script until `release` is called, so the test acts on the page as the build wrote it. */
async function holdAppScript(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const [device, viewport] of [
  ['desktop', { width: 1280, height: 800 }],
  ['phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`without JavaScript (${device})`, () => {
    test.use({ javaScriptEnabled: false, viewport });

    test('the page shows the telegram with every place name of its text, and says what needs the script', async ({ page, request }) => {
      const mentions = await mentionsInText(request);
      expect(mentions.length).toBeGreaterThan(0);
      await page.goto('./');
      await expect(page.getByRole('heading', { level: 1 })).toContainText('4 January 1951');
      const article = page.getByRole('article', { name: 'The telegram (English translation)' });
      await expect(article).toBeVisible();
      await expect(article).toContainText('Peng Dehuai, Kim Son and Pak Il-u');
      await expect(article.locator('.mention')).toHaveCount(mentions.length);
      for (const mention of mentions) {
        const element = article.locator(`[id="${mention.id}"]`);
        await expect(element).toHaveText(mention.text);
        await expect(element).toHaveAttribute('data-place-id', mention.placeId);
      }
      await expect(article.locator('.mention').first()).toBeInViewport();
      await expect(page.getByText(/need JavaScript/)).toBeVisible();
      // Controls that would do nothing are not offered.
      await expect(page.getByRole('combobox', { name: 'Search places' })).toBeHidden();
      await expect(page.getByRole('button', { name: 'Decode a spelling' })).toBeHidden();
    });
  });
}

test.describe('on a first visit', () => {
  test.use({ firstVisit: true });

  test('the prerendered page has the search box and the text before the script runs, and typing in it survives', async ({ page }) => {
    const release = await holdAppScript(page);
    const introduction = page.waitForResponse('**/data/about.json');
    await page.goto('./', { waitUntil: 'commit' });
    const search = page.getByRole('combobox', { name: 'Search places' });
    await expect(page.locator('.telegram .mention').first()).toBeVisible();
    await search.fill('Kimpo');
    expect(await page.evaluate(() => window.__appStore === undefined)).toBe(true); // the app has not run yet
    release();
    await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
    await expect(search).toHaveValue('Kimpo');
    await expect(search).toBeFocused();
    const results = page.getByRole('listbox', { name: 'Places and units found' });
    await expect(results).toContainText('Gimpo');
    // The introduction, which a first visit opens by itself, does not open over a page the reader is using.
    await introduction;
    await page.waitForTimeout(200);
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await search.press('Enter');
    await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
  });
});

/** Holds the tour file, one of those the app waits for before it takes the page over, until `release` is called. */
async function holdFirstScreenFile(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/tour.json', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Opens the page and waits until the app's script has run but has not yet taken the page over. */
async function openWhileAppStarts(page: Page): Promise<void> {
  // Not until "load": the entry script preloads the held file, which holds the load event too.
  await page.goto('./', { waitUntil: 'domcontentloaded' });
  await expect.poll(() => page.evaluate(() => window.__appStore !== undefined)).toBe(true);
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered');
}

test('a place name clicked while the app starts opens its card once the app stands', async ({ page }) => {
  const release = await holdFirstScreenFile(page);
  await openWhileAppStarts(page);
  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).first().click();
  release();
  await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
});

test('Enter in the search box while the app starts opens the best match once the app stands', async ({ page }) => {
  const release = await holdFirstScreenFile(page);
  await openWhileAppStarts(page);
  const search = page.getByRole('combobox', { name: 'Search places' });
  await search.fill('Kimpo');
  await search.press('Enter');
  release();
  await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
});

test('the live text is the prerendered text, mark for mark (no layout jump when the app takes over)', async ({ page }) => {
  const release = await holdAppScript(page);
  await page.goto('./', { waitUntil: 'commit' });
  const article = page.getByRole('article', { name: 'The telegram (English translation)' });
  await expect(article.locator('.mention').first()).toBeVisible();
  const before = await article.evaluate((element) => element.outerHTML);
  const box = await article.locator('.mention').last().boundingBox();
  release();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(await article.evaluate((element) => element.outerHTML)).toBe(before);
  expect(await article.locator('.mention').last().boundingBox()).toEqual(box);
});

test('the first frame is drawn before the app\'s own code and data are asked for', async ({ page }) => {
  // The page's first animation frame, on the page's clock: the frame the prerendered text is painted in.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      (window as unknown as { __firstFrameAt: number }).__firstFrameAt = performance.now();
    });
  });
  await page.goto('./');
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  const { firstFrame, requests } = await page.evaluate(() => ({
    firstFrame: (window as unknown as { __firstFrameAt?: number }).__firstFrameAt,
    requests: performance.getEntriesByType('resource').map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
  }));
  expect(firstFrame).toBeDefined();
  const app = requests.filter((request) => /\/assets\/main-[^/]+\.js$/.test(request.path));
  const data = requests.filter((request) => /\/data\/(telegram|mentions|places|tour)\.json$/.test(request.path));
  expect(app).toHaveLength(1);
  expect(data).toHaveLength(4);
  for (const request of [...app, ...data]) expect(request.start, request.path).toBeGreaterThanOrEqual(firstFrame ?? Infinity);
  // The page's own stylesheet is in the page: it is not asked for, not before the first frame and not after.
  expect(requests.filter((request) => /\/assets\/index-[^/]+\.css$/.test(request.path))).toEqual([]);
  await expect(page.locator('style')).not.toHaveCount(0);
});
