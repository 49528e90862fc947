import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures';

/** Every character at or above U+2E80 (Hangul, Hanja, kana, CJK punctuation) in the data files the page loads. */
async function dataCharacters(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const files = ['telegram.json', 'places.json', 'mentions.json', 'statements.json', 'units.json', 'outcome.json'];
    const texts = await Promise.all(files.map(async (file) => (await fetch(new URL(`data/${file}`, document.baseURI))).text()));
    return [...new Set([...texts.join('')].filter((character) => (character.codePointAt(0) ?? 0) >= 0x2e80))];
  });
}

/**
 * The CJK characters of an element that draw as a missing-glyph box: on a canvas in the element's own font, a
 * character whose pixels equal those of a private-use code point (which no font here has), or of another
 * character (every box is the same box).
 */
async function boxedCharacters(page: Page, selector: string): Promise<{ checked: number; boxed: string[] }> {
  return page.evaluate(async (target) => {
    const element = document.querySelector(target);
    if (element === null) throw new Error(`no ${target}`);
    const font = `32px ${getComputedStyle(element).fontFamily}`;
    const characters = [...new Set([...(element.textContent ?? '')].filter((character) => (character.codePointAt(0) ?? 0) >= 0x2e80))];
    await document.fonts.load(font, characters.join(''));
    const canvas = document.createElement('canvas');
    canvas.width = 48;
    canvas.height = 48;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    if (context === null) throw new Error('no canvas');
    const pixels = (character: string): string => {
      context.clearRect(0, 0, 48, 48);
      context.font = font;
      context.fillStyle = '#000';
      context.fillText(character, 4, 36);
      return Array.from(context.getImageData(0, 0, 48, 48).data.filter((_value, index) => index % 4 === 3)).join(',');
    };
    const box = pixels('\u{E000}');
    const seen = new Map<string, string>();
    const boxed = new Set<string>();
    for (const character of characters) {
      const drawn = pixels(character);
      const twin = seen.get(drawn);
      if (drawn === box) boxed.add(character);
      if (twin !== undefined) {
        boxed.add(character);
        boxed.add(twin);
      }
      seen.set(drawn, character);
    }
    return { checked: characters.length, boxed: [...boxed] };
  }, selector);
}

test('every Hangul, Hanja and kana character of the data is covered by a face the page has loaded', async ({ page }) => {
  await openApp(page);
  const characters = await dataCharacters(page);
  expect(characters.length).toBeGreaterThan(300);
  const uncovered = await page.evaluate(async (wanted) => {
    const family = getComputedStyle(document.documentElement).fontFamily;
    await document.fonts.load(`16px ${family}`, wanted.join(''));
    const ranges = [...document.fonts]
      .filter((face) => face.status === 'loaded')
      .flatMap((face) =>
        face.unicodeRange.split(',').map((token) => {
          const [from = '', to] = token.trim().replace(/^U\+/i, '').split('-');
          return [Number.parseInt(from, 16), Number.parseInt(to ?? from, 16)] as const;
        }),
      );
    return wanted.filter((character) => {
      const codePoint = character.codePointAt(0) ?? 0;
      return !ranges.some(([from, to]) => codePoint >= from && codePoint <= to);
    });
  }, characters);
  expect(uncovered).toEqual([]);
});

test('a card with Hangul and Hanja shows no missing-glyph boxes; with the font blocked it does', async ({ page, browser, baseURL }) => {
  await openApp(page, '#place=hoengseong');
  const names = page.getByRole('complementary', { name: 'Hoengseong' }).locator('.names');
  await expect(names).toContainText('횡성');
  const withFont = await boxedCharacters(page, '.place-card');
  expect(withFont.checked).toBeGreaterThan(10);
  expect(withFont.boxed).toEqual([]);
  const fontShot = await names.screenshot();

  // The same card where the page's fonts cannot load: what a reader without CJK system fonts saw before.
  const blocked = await browser.newContext({ baseURL, viewport: { width: 1280, height: 800 } });
  const blockedPage = await blocked.newPage();
  await blockedPage.route('**/data/fonts/**', (route) => route.abort());
  await openApp(blockedPage, '#place=hoengseong');
  const blockedNames = blockedPage.getByRole('complementary', { name: 'Hoengseong' }).locator('.names');
  await expect(blockedNames).toContainText('횡성');
  const withoutFont = await boxedCharacters(blockedPage, '.place-card');
  expect(withoutFont.boxed.length, 'the check sees boxes when the font is missing').toBeGreaterThan(10);
  expect(fontShot.equals(await blockedNames.screenshot())).toBe(false);
  await test.info().attach('card names with the font', { body: fontShot, contentType: 'image/png' });
  await blocked.close();
});

test('the page loads only font slices from its own origin, and only those it draws', async ({ page }) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await openApp(page, '#place=hoengseong');
  await page.evaluate(() => document.fonts.ready);
  expect(fontRequests.length).toBeGreaterThan(0);
  // Far fewer than the files written: the browser fetches a slice only when a character of it is drawn.
  expect(fontRequests.length).toBeLessThan(40);
  for (const url of fontRequests) expect(url).toMatch(/\/data\/fonts\/[\w-]+\.woff2$/);
});
