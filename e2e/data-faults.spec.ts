import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Every data file the app itself fetches (src/data/app-data.ts), made to fail four ways: not found, malformed,
 * never answering, slow. Each test asserts what a reader sees: what still works without the file, what says it
 * is loading, and what says it is missing. The map's own files (GeoJSON, symbols, glyphs) are MapLibre's and are
 * tested with the map.
 */
type Probe = (page: Page) => Promise<void>;

const textShown: Probe = async (page) => {
  await expect(page.getByRole('article', { name: 'The telegram (English translation)' })).toContainText('Peng Dehuai, Kim Son and Pak Il-u');
};
const searchOpensCard: Probe = async (page) => {
  const search = page.getByRole('combobox', { name: 'Search places' });
  await search.fill('Kimpo');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
  await page.getByRole('button', { name: 'Close place card' }).click();
};
const mentionOpensCard: Probe = async (page) => {
  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).click();
  await expect(page.getByRole('complementary', { name: 'Hoengseong' })).toBeVisible();
  await page.getByRole('button', { name: 'Close place card' }).click();
};
const cardListsStatements: Probe = async (page) => {
  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).first().click();
  await expect(page.getByRole('region', { name: 'What the telegram says happens here' })).toContainText('Ordered');
  await page.getByRole('button', { name: 'Close place card' }).click();
};
const cardNamesUnits: Probe = async (page) => {
  await page.locator('.telegram').getByRole('button', { name: 'Odzio' }).first().click();
  await expect(page.getByTestId('place-card')).toContainText(/Units here:.*(army|corps|division)/);
  await page.getByRole('button', { name: 'Close place card' }).click();
};
const cardShowsOutcome: Probe = async (page) => {
  await page.getByRole('checkbox', { name: /Show what happened/ }).check();
  await searchOpensCardKeepOpen(page);
  await expect(page.getByRole('region', { name: 'Ordered and what happened' })).toBeVisible();
};
async function searchOpensCardKeepOpen(page: Page): Promise<void> {
  const search = page.getByRole('combobox', { name: 'Search places' });
  // Incheon: its card has outcome events and a reading of the order that names it.
  await search.fill('Chemulpo');
  await search.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Incheon' })).toBeVisible();
}

const tourOffered: Probe = async (page) => {
  await expect(page.getByRole('button', { name: 'Guided tour' })).toBeVisible();
};
const cardSaysWhatBecameOfIt: Probe = async (page) => {
  await searchOpensCardKeepOpen(page);
  await expect(page.getByTestId('card-outcome-summary').locator('.verdict').first()).toBeVisible();
};

interface FileCase {
  file: string;
  /** What must work while this file is missing or still on its way. */
  worksWithout: Probe[];
  /** What the file itself brings, checked once it has arrived late. */
  brings: Probe;
  /** What the reader is told is missing when it fails. */
  consequence: RegExp;
  /** Where the page says the file is still loading, besides the status line. */
  showsLoading?: Probe;
}

const FILES: FileCase[] = [
  {
    file: 'data/telegram.json',
    worksWithout: [searchOpensCard],
    brings: textShown,
    consequence: /the text of the telegram cannot be shown/,
    showsLoading: async (page) => {
      await expect(page.getByRole('region', { name: 'The telegram' })).toContainText('Loading the text of the telegram');
      await expect(page.getByRole('region', { name: 'The telegram' })).not.toContainText('could not be loaded');
    },
  },
  {
    file: 'data/places.json',
    worksWithout: [textShown],
    brings: searchOpensCard,
    consequence: /no place card can open and the search finds no places/,
    showsLoading: async (page) => {
      const search = page.getByRole('combobox', { name: 'Search places' });
      await search.fill('Kimpo');
      await expect(page.getByRole('listbox', { name: 'Places and units found' })).toContainText('The gazetteer is still loading');
      await search.fill('');
    },
  },
  { file: 'data/units.json', worksWithout: [textShown, mentionOpensCard, searchOpensCard], brings: cardNamesUnits, consequence: /units are named by their identifiers/ },
  { file: 'data/statements.json', worksWithout: [textShown, mentionOpensCard, searchOpensCard], brings: cardListsStatements, consequence: /what the telegram says happens at each place/ },
  { file: 'data/mentions.json', worksWithout: [textShown, searchOpensCard], brings: mentionOpensCard, consequence: /names in the text cannot be clicked/ },
  { file: 'data/outcome.json', worksWithout: [textShown, mentionOpensCard, searchOpensCard], brings: cardShowsOutcome, consequence: /what happened cannot be shown/ },
  { file: 'data/tour.json', worksWithout: [textShown, mentionOpensCard, searchOpensCard], brings: tourOffered, consequence: /the guided tour is not offered/ },
  { file: 'data/comparisons.json', worksWithout: [textShown, mentionOpensCard, searchOpensCard], brings: cardSaysWhatBecameOfIt, consequence: /cannot say what became of each order/ },
];

async function runProbes(page: Page, probes: Probe[]): Promise<void> {
  for (const probe of probes) await probe(page);
}

// The data banner (the map may add an alert of its own when its data never comes).
const alert = (page: Page) => page.getByRole('alert').filter({ hasText: 'Some data could not be loaded' });

for (const { file, worksWithout, brings, consequence, showsLoading } of FILES) {
  test.describe(`${file}`, () => {
    test.describe('not found', () => {
      test.use({ expectedConsoleErrors: [/status of 404/] });
      test('is named with what it takes away, and the rest works', async ({ page }) => {
        await page.route(`**/${file}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
        await page.goto('./');
        await expect(alert(page)).toContainText(`${file} could not be loaded (HTTP 404)`);
        await expect(alert(page)).toContainText(consequence);
        await expect(alert(page)).not.toContainText('Everything else still works');
        await runProbes(page, worksWithout);
      });
    });

    test('malformed: is named, and the rest works', async ({ page }) => {
      await page.route(`**/${file}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"truncated": [' }));
      await page.goto('./');
      await expect(alert(page)).toContainText(`${file} is not valid JSON`);
      await expect(alert(page)).toContainText(consequence);
      await runProbes(page, worksWithout);
    });

    test('never answering: the rest works at once, it shows as loading, and gives up after its timeout', async ({ page }) => {
      await page.clock.install();
      await page.route(`**/${file}`, () => undefined);
      await page.goto('./');
      await runProbes(page, worksWithout);
      await showsLoading?.(page);
      await expect(alert(page)).toHaveCount(0);
      await page.clock.fastForward('00:31');
      await expect(alert(page)).toContainText(`${file} did not arrive within 30 seconds`);
      await expect(alert(page)).toContainText(consequence);
      await runProbes(page, worksWithout);
    });

    test('slow: says loading, never "could not be loaded", and is used when it arrives', async ({ page }) => {
      await page.clock.install();
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(`**/${file}`, async (route: Route) => {
        await held;
        await route.continue();
      });
      await page.goto('./');
      await showsLoading?.(page);
      await page.clock.fastForward('00:10');
      await expect(page.getByRole('status').filter({ hasText: 'Still loading' })).toContainText(file);
      await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
      await expect(alert(page)).toHaveCount(0);
      await runProbes(page, worksWithout);
      release();
      await expect(page.getByRole('status').filter({ hasText: 'Still loading' })).toHaveCount(0);
      await brings(page);
      await expect(alert(page)).toHaveCount(0);
    });
  });
}

test.describe('trying again', () => {
  test.use({ expectedConsoleErrors: [/status of 503/] });
  test('a file that failed once loads on "Try again", and the message goes', async ({ page }) => {
    let failures = 1;
    await page.route('**/data/telegram.json', (route) => (failures-- > 0 ? route.fulfill({ status: 503, body: 'busy' }) : route.continue()));
    await page.goto('./');
    await expect(alert(page)).toContainText('data/telegram.json could not be loaded (HTTP 503)');
    await alert(page).getByRole('button', { name: 'Try again' }).click();
    await textShown(page);
    await expect(alert(page)).toHaveCount(0);
  });
});

test('a permalink to a place opens its card while the outcome file still hangs', async ({ page }) => {
  await page.route('**/data/outcome.json', () => undefined);
  await page.goto('./#place=wonju');
  await expect(page.getByRole('complementary', { name: 'Wonju' })).toBeVisible();
});

test('a permalink to an outcome event waits for the outcome file and then opens it', async ({ page }) => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/data/outcome.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./#event=suwon-occupied&outcome=1');
  await textShown(page);
  release();
  await expect(page.getByTestId('outcome-card')).toContainText('Suwon falls to Chinese forces');
});
