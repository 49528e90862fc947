// Fails fast, in one line, when the browser the end-to-end tests need is missing.
import { accessSync, constants } from 'node:fs';
import { chromiumPath } from './chromium-path';

try {
  accessSync(chromiumPath, constants.X_OK);
} catch {
  console.error(
    `Chromium not found at ${chromiumPath}: on Debian run "apt-get install -y chromium"; elsewhere run "npx playwright install chromium" and set CHROMIUM_PATH to the browser it installs.`,
  );
  process.exit(1);
}
