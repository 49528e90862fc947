import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// The policy the server sends with every file (vite.config.ts SERVED_HEADERS; the README lists them for any
// static host). `frame-ancestors` works only as a header: browsers ignore it in a <meta> policy.
test.describe('the page as served', () => {
  for (const path of ['./', './data/telegram.json', './data/places.geojson']) {
    test(`${path} comes with the security headers`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.ok()).toBe(true);
      const headers = response.headers();
      const policy = headers['content-security-policy'] ?? '';
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('no-referrer');
    });
  }

  test('the README gives a static host the same headers the preview server sends', async ({ request }) => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const headers = (await request.get('./')).headers();
    for (const name of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) {
      expect(readme, name).toContain(`| \`${headers[name] ?? '(not sent)'}\` |`);
    }
  });

  test.describe('framing', () => {
    test.use({ expectedConsoleErrors: [/frame-ancestors/] });

    test('another page cannot show the app in a frame', async ({ page, baseURL }) => {
      await page.setContent(`<iframe title="framed app" src="${baseURL ?? ''}"></iframe>`);
      const frame = page.frameLocator('iframe[title="framed app"]');
      // The browser refuses the frame, so the app's heading never appears inside it.
      await expect(page.locator('iframe')).toBeAttached();
      await expect
        .poll(async () => page.frames().some((candidate) => candidate.url().startsWith('chrome-error://')), { timeout: 15_000 })
        .toBe(true);
      await expect(frame.getByRole('heading', { name: /The order of 4 January 1951/ })).toHaveCount(0);
    });
  });
});
