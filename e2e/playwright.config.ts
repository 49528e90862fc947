import { defineConfig } from '@playwright/test';
import { chromiumPath } from './chromium-path';

// E2E_PORT lets several checkouts run their end-to-end tests side by side on one machine.
const port = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // The development-server smoke test has its own config (playwright.dev.config.ts).
  testIgnore: '**/*.dev.spec.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  workers: 1, // two cores, and SwiftShader renders WebGL on the CPU
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: chromiumPath,
      // Keep Chromium from calling out of this closed network; Playwright already adds --enable-unsafe-swiftshader
      // so WebGL2 works on the CPU.
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // Serves the production build that `npm test` has just made.
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
