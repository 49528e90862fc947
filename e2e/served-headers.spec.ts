import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

// The policy the server sends with every file (vite.config.ts servedHeaders, written by the build into
// dist/_headers; the README says what to set on any static host). `frame-ancestors` works only as a header:
// browsers ignore it in a <meta> policy.
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

  test('the README and dist/_headers give a static host the headers the preview server sends', async ({ request }) => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const written = readFileSync(new URL('../dist/_headers', import.meta.url), 'utf8');
    const headers = (await request.get('./')).headers();
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy']) {
      const sent = headers[name.toLowerCase()] ?? '(not sent)';
      expect(written, name).toContain(`  ${name}: ${sent}\n`);
      // The README names the stylesheet's hash, which changes with the styles, by a placeholder.
      expect(readme, name).toContain(`| \`${sent.replace(/'sha256-[A-Za-z0-9+/=]+'/, "'sha256-<hash>'")}\` |`);
    }
  });

  test('the one inline stylesheet is allowed by its hash, in the header and in the page, and the page is drawn in it', async ({ page, request }) => {
    const sent = (await request.get('./')).headers()['content-security-policy'] ?? '';
    expect(sent).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    await page.goto('./');
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(`${meta ?? ''}; frame-ancestors 'none'`).toBe(sent);
    // A stylesheet the policy refused would leave the header a plain block (and log a violation, which fails the test).
    await expect(page.locator('.app-header')).toHaveCSS('display', 'flex');
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
