import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every spec uses this `test`: it fails the test on any request that leaves the page's origin (the app must work
 * offline) and on any console error or uncaught exception.
 */
export const test = base.extend<{ offlineGuard: undefined; expectedConsoleErrors: RegExp[]; firstVisit: boolean }>({
  /**
   * The introduction opens by itself on a first visit and would cover what a spec clicks: unless a spec asks for a
   * first visit, every page starts as if the reader had closed it before.
   */
  firstVisit: [false, { option: true }],
  /** Console errors a test provokes on purpose (a data file made to fail); any other still fails the test. */
  expectedConsoleErrors: [[], { option: true }],
  offlineGuard: [
    async ({ page, baseURL, expectedConsoleErrors, firstVisit }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const foreignRequests: string[] = [];
      const errors: string[] = [];
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
        foreignRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message) => {
        if (message.type() === 'error' && !expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) errors.push(message.text());
      });
      // A Content-Security-Policy violation is an error even when the browser only reports it as an event.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      if (!firstVisit) {
        await page.addInitScript(() => {
          try {
            window.localStorage.setItem('about-dismissed:telegram-1951-01-04', '1');
          } catch {
            // a page without storage shows the introduction; such a spec asks for it
          }
        });
      }
      page.on('pageerror', (error) => errors.push(error.message));
      await use(undefined);
      expect(foreignRequests, 'requests that left the origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Opens the app (optionally at a hash) and waits until the map has drawn everything once. */
export async function openApp(page: Page, hash = ''): Promise<void> {
  await page.goto(`./${hash}`);
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
}
