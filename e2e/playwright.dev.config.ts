import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The development server (`vite`, React StrictMode's double mount, unminified React): a smoke test of what the
// production build would hide. E2E_DEV_PORT lets several checkouts run it side by side.
const port = Number(process.env.E2E_DEV_PORT ?? 5174);

export default defineConfig({
  ...base,
  testMatch: '**/*.dev.spec.ts',
  testIgnore: [],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    // Serves src/ as it is, with public/data/ from the last `npm run data`.
    command: `npx vite --port ${port} --strictPort --host 127.0.0.1`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
