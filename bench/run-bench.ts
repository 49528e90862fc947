/**
 * `npm run bench`: builds the app and a bare MapLibre page with the same style and data, then measures both side
 * by side in headless Chromium (SwiftShader WebGL) and writes bench/results.json. See README "Benchmark".
 */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import type { FilterSpecification } from 'maplibre-gl';
import { chromiumPath } from '../e2e/chromium-path';
import { rememberDismissed } from '../src/features/about/about-visits';
import { serveStatic } from './serve-static';
import { writeStaticTextPage } from './static-text-page';

const repo = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const VIEW = '#map=7.60/37.5500/127.6000&date=1951-01-04T24:00';
const LOAD_RUNS = 9;
/**
 * The first paint is tens of milliseconds on a page and varies by as much from one load to the next on this
 * machine; so the median is taken over 15 alternated loads of each page, not 5.
 */
const TEXT_RUNS = 15;
const SCRUB_STEPS = 200;
const IDLE_STEPS = 30;
const CARD_CYCLES = 50;
/**
 * Heap growth is the trend over rounds, not one difference: between two idle moments the heap swings by a few
 * hundred kB with what MapLibre's and React's caches hold, whether or not anything leaks. A leak grows by the same
 * amount every round; so each use (200 steps, 50 cards) is repeated this many times after the warm-up, the heap is
 * read after each round, and the growth per round is the trend through those readings (trendPerRound).
 */
const HEAP_ROUNDS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2 : (sorted[middle] ?? 0);
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
/**
 * The growth per round through readings taken after each round: the Theil-Sen slope (the median of the slopes
 * between every two readings), so that one jump (a JIT tier-up, a cache grown once) does not read as a trend.
 */
function trendPerRound(values: number[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) slopes.push(((values[j] ?? 0) - (values[i] ?? 0)) / (j - i));
  return median(slopes);
}
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const gzipBytes = (files: string[]): number => files.reduce((sum, file) => sum + gzipSync(readFileSync(file), { level: 9 }).length, 0);

/** Navigation start to the first idle with everything drawn, read from the page's own clock. */
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
}

/**
 * A new document each time (the same address again is only a move within the page), on a quiet page: the one
 * before it (the app with its map starting, in the search probe) is torn down in the same renderer, and a first
 * paint tens of milliseconds long measured while that is still going on measures the teardown too.
 */
async function fromBlankPage(page: Page): Promise<void> {
  await page.goto('about:blank');
  await page.waitForTimeout(300);
}

/**
 * Navigation start to the first paint in which the telegram's text stands with its place names and a search box
 * that takes typing (an enabled input; the app's prerendered one keeps what is typed, see src/app/take-over.ts).
 */
async function textTime(page: Page, url: string): Promise<number> {
  await fromBlankPage(page);
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __textAt?: number }).__textAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __textAt: number }).__textAt);
}

/**
 * Navigation start to the first paint of search results for `query`, entered into the search box the moment the
 * box stands (by the page script below, as typing would: focus, value, input event), so that the figure is the
 * search itself working, not the box standing or the test driver's own latency.
 */
async function searchTime(page: Page, url: string, query: string): Promise<number> {
  await fromBlankPage(page);
  const address = new URL(url);
  address.searchParams.set('type-into-search', query);
  await page.goto(address.href, { waitUntil: 'commit' });
  await page.waitForFunction(() => (window as unknown as { __resultsAt?: number }).__resultsAt !== undefined, undefined, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __resultsAt: number }).__resultsAt);
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The app's start path, from Vite's build manifest: the entry script (src/boot.ts), the app it imports as soon as
 * the first frame is painted (its one dynamic import, src/main.tsx), and every chunk those import statically, as
 * paths under dist/. What the app loads later by dynamic import (the map and what lies over it, the cards, the
 * panels, the decoder, the image export) is not on it.
 */
function startPathScripts(manifestFile: string): string[] {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry === true);
  if (entries.length !== 1) throw new Error(`bench: the build manifest has ${entries.length} entries, not one`);
  const [entryKey, entry] = entries[0] ?? [];
  if (entryKey === undefined || entry === undefined) throw new Error('bench: the build manifest has no entry');
  const files = new Set<string>();
  const visit = (key: string): void => {
    const chunk = manifest[key];
    if (chunk === undefined) throw new Error(`bench: the build manifest has no chunk ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entryKey);
  for (const started of entry.dynamicImports ?? []) visit(started);
  return [...files];
}

/** The chunks the page fetches when it is first idle (prefetchPanels), as file names under dist/. */
function prefetchedChunks(manifestFile: string): string[] {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  return ['src/features/units/order-of-battle-panel.tsx', 'src/features/compare/compare-view.tsx', 'src/features/compare/swipe-map.tsx'].map((source) => {
    const chunk = manifest[source];
    if (chunk === undefined) throw new Error(`bench: the build manifest has no chunk for ${source}`);
    return chunk.file;
  });
}

/** The first place name of the telegram's text, as it is spelt there: what the search probe types. */
function firstPlaceName(dataDir: string): string {
  const telegram = JSON.parse(readFileSync(join(dataDir, 'telegram.json'), 'utf8')) as { blocks: { sentences: { id: string; text: string }[] }[] };
  const mention = (JSON.parse(readFileSync(join(dataDir, 'mentions.json'), 'utf8')) as { sentenceId: string; start: number; end: number }[])[0];
  const sentence = telegram.blocks.flatMap((block) => block.sentences).find((candidate) => candidate.id === mention?.sentenceId);
  if (mention === undefined || sentence === undefined) throw new Error('dist/data has no place name in the text to search for');
  return sentence.text.slice(mention.start, mention.end);
}

async function main(): Promise<void> {
  console.log('bench: building the app and the bare page ...');
  // With Vite's manifest (dist/.vite/manifest.json), which the start path is read from.
  execSync('npm run data && npx vite build --manifest', { cwd: repo, stdio: 'ignore' });
  execSync('npx vite build --config bench/vite.bare.config.ts', { cwd: repo, stdio: 'ignore' });
  writeStaticTextPage(join(repo, 'dist', 'data'), join(repo, 'bench', 'out', 'text'));
  const server = await serveStatic({ '/app/': join(repo, 'dist'), '/bare/': join(repo, 'bench', 'out', 'bare'), '/text/': join(repo, 'bench', 'out', 'text') }, PORT);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--enable-unsafe-swiftshader', '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // tsx keeps function names with an `__name` helper that the browser does not have; functions passed to
  // page.evaluate are serialised with those calls in them.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  // Records when the map container is marked ready, on the page's own clock (ms since navigation start).
  await context.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (document.querySelector('[data-map-ready="true"]') !== null) {
        (window as unknown as { __readyAt: number }).__readyAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
  });
  // Records, on the page's clock, the first paint after the text stands with its place names and an enabled
  // search box (__textAt), and after search results are listed (__resultsAt). "After the paint": a message posted
  // from an animation frame arrives once that frame is drawn; a page whose stylesheet is still on its way gets no
  // frame, so markup that is parsed but not yet painted does not count.
  await context.addInitScript(() => {
    const marks = window as unknown as { __textAt?: number; __resultsAt?: number };
    const afterNextPaint = (record: (at: number) => void): void => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => record(performance.now());
        channel.port2.postMessage(undefined);
      });
    };
    let textSeen = false;
    let resultsSeen = false;
    new MutationObserver((_records, observer) => {
      const search = document.querySelector<HTMLInputElement>('[role="combobox"]');
      if (!textSeen && document.querySelector('.telegram .mention') !== null && search !== null && !search.disabled) {
        textSeen = true;
        afterNextPaint((at) => (marks.__textAt = at));
        // The search probe (searchTime) types its query as soon as the box takes typing.
        const query = new URLSearchParams(location.search).get('type-into-search');
        if (query !== null) {
          search.focus();
          // The prototype's setter, as the browser sets a typed value (React watches the element's own).
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(search, query);
          search.dispatchEvent(new Event('input', { bubbles: true }));
        }
      }
      if (!resultsSeen && document.querySelector('[role="listbox"] [role="option"]') !== null) {
        resultsSeen = true;
        afterNextPaint((at) => (marks.__resultsAt = at));
      }
      if (textSeen && resultsSeen) observer.disconnect();
    }).observe(document, { subtree: true, childList: true });
  });
  // As a returning reader: the introduction, which a first visit opens by itself as a modal dialog, would take
  // the focus from the search box that the search probe types into.
  const dismissed: [string, string][] = [];
  const about = JSON.parse(readFileSync(join(repo, 'dist', 'data', 'about.json'), 'utf8')) as { document: string };
  rememberDismissed({ setItem: (key, value) => dismissed.push([key, value]) }, about.document);
  await context.addInitScript((entries) => {
    for (const [key, value] of entries) window.localStorage.setItem(key, value);
  }, dismissed);
  const page = await context.newPage();
  const base = `http://127.0.0.1:${PORT}`;
  // The page's CJK font slices as the browser fetches them (each distinct file once; it caches them).
  const fontFiles = new Map<string, number>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'font' || fontFiles.has(response.url())) return;
    response.body().then((body) => fontFiles.set(response.url(), body.length), () => undefined);
  });

  // 0. Text first: the app's text and search box against the same text as a static page (the floor), and how
  // soon the app's search answers a place name typed as soon as its box is there.
  const appTexts: number[] = [];
  const staticTexts: number[] = [];
  const appSearches: number[] = [];
  const query = firstPlaceName(join(repo, 'dist', 'data'));
  for (let run = 0; run < TEXT_RUNS; run++) {
    appTexts.push(await textTime(page, `${base}/app/${VIEW}`));
    staticTexts.push(await textTime(page, `${base}/text/`));
    appSearches.push(await searchTime(page, `${base}/app/${VIEW}`, query));
  }

  // 1. Load: alternate app and floor so drift on the machine hits both alike.
  const appLoads: number[] = [];
  const bareLoads: number[] = [];
  for (let run = 0; run < LOAD_RUNS; run++) {
    appLoads.push(await loadTime(page, `${base}/app/${VIEW}`));
    bareLoads.push(await loadTime(page, `${base}/bare/`));
  }

  // 2-4 run on the app page.
  await loadTime(page, `${base}/app/${VIEW}`);
  const cdp = await context.newCDPSession(page);
  const heap = async (): Promise<number> => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  // Warm up first (glyphs, symbol placement and tiles settle in MapLibre's caches), so that what is measured
  // after is growth per use, not the first fill of the caches.
  const warmUp = (steps: number): Promise<void> =>
    page.evaluate((count) => {
      const store = window.__appStore;
      if (store === undefined) throw new Error('app hooks missing');
      for (let step = 0; step < count; step++) store.getState().stepHours(Math.floor(step / 140) % 2 === 0 ? 1 : -1);
    }, steps);
  // Heap is compared only between idle moments: not while MapLibre still holds a frame's pending work.
  const settle = async (): Promise<void> => {
    await page.evaluate(() => new Promise<void>((resolve) => {
      window.__map?.once('idle', () => resolve());
      window.__map?.triggerRepaint();
    }));
    await page.waitForTimeout(500);
  };
  await warmUp(2 * SCRUB_STEPS);
  // The page fetches the panels' chunks when it is first idle (src/app/lazy-panels.tsx prefetchPanels): heap is
  // compared only after their code has arrived, so that it is not counted as growth over the steps.
  const prefetched = prefetchedChunks(join(repo, 'dist', '.vite', 'manifest.json'));
  await page.waitForFunction((files) => files.every((file) => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith(file))), prefetched, { timeout: 30_000 });
  await settle();
  const heapIdleA = await heap();
  await settle();
  const heapBefore = await heap();

  // 2. Scrubbing: 200 steps there and back, timed one by one, with every setData counted; then as many rounds
  // again for the heap's trend (HEAP_ROUNDS).
  const scrubRound = (steps: number): Promise<{ durations: number[]; setDataCalls: number }> => page.evaluate((count) => {
    const map = window.__map;
    const store = window.__appStore;
    if (map === undefined || store === undefined) throw new Error('app hooks missing');
    // Count every setData on every GeoJSON source: scrubbing must not re-send data to the worker.
    let setDataCalls = 0;
    const restore: (() => void)[] = [];
    for (const id of Object.keys(map.getStyle().sources)) {
      const source = map.getSource(id) as unknown as { setData?: (...args: unknown[]) => unknown } | undefined;
      const original = source?.setData;
      if (source !== undefined && original !== undefined) {
        source.setData = (...args: unknown[]) => {
          setDataCalls++;
          return original.apply(source, args);
        };
        restore.push(() => (source.setData = original));
      }
    }
    const durations: number[] = [];
    store.getState().setTime(Date.UTC(1951, 0, 3));
    for (let step = 0; step < count; step++) {
      const direction = Math.floor(step / 140) % 2 === 0 ? 1 : -1; // there and back within 3-8 January
      const start = performance.now();
      store.getState().stepHours(direction);
      durations.push(performance.now() - start);
    }
    for (const undo of restore) undo();
    return { durations, setDataCalls };
  }, steps);
  const scrub = await scrubRound(SCRUB_STEPS);
  await settle();
  const heapAfterScrubs = [await heap()];
  for (let round = 1; round < HEAP_ROUNDS; round++) {
    const again = await scrubRound(SCRUB_STEPS);
    scrub.setDataCalls += again.setDataCalls;
    await settle();
    heapAfterScrubs.push(await heap());
  }

  // 3. One step to the next idle, against a bare setFilter to the next idle, alternating on the same page.
  const idle = await page.evaluate(async (steps) => {
    const map = window.__map;
    const store = window.__appStore;
    if (map === undefined || store === undefined) throw new Error('app hooks missing');
    const nextIdle = (): Promise<void> => new Promise((resolve) => map.once('idle', () => resolve()));
    const stepTimes: number[] = [];
    const filterTimes: number[] = [];
    const layer = 'situation-line-ordered';
    const original = (map.getFilter(layer) ?? null) as FilterSpecification | null;
    store.getState().setTime(Date.UTC(1951, 0, 5, 12));
    await nextIdle();
    for (let step = 0; step < steps; step++) {
      let start = performance.now();
      store.getState().stepHours(step % 2 === 0 ? 1 : -1);
      await nextIdle();
      stepTimes.push(performance.now() - start);
      start = performance.now();
      const changed: FilterSpecification = ['all', original ?? true, ['has', 'statementId']] as FilterSpecification;
      map.setFilter(layer, step % 2 === 0 ? changed : original);
      await nextIdle();
      filterTimes.push(performance.now() - start);
    }
    map.setFilter(layer, original);
    return { stepTimes, filterTimes };
  }, IDLE_STEPS);

  // 4. Place cards: open and close 50 times, after a warm-up.
  const cardCycles = (cycles: number): Promise<void> => page.evaluate(async (count) => {
    const store = window.__appStore;
    if (store === undefined) throw new Error('app hooks missing');
    const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
    const ids = ['incheon', 'seoul', 'gimpo-airfield', 'wonju', 'songcheon'];
    for (let cycle = 0; cycle < count; cycle++) {
      store.getState().selectPlace(ids[cycle % ids.length] ?? null, 0, 'map');
      await frame();
      store.getState().selectPlace(null);
      await frame();
    }
  }, cycles);
  // Measured here: opening cards fills React's and MapLibre's caches for about 150 cycles, then stays flat.
  await cardCycles(3 * CARD_CYCLES);
  const heapAfterCards = [await heap()];
  for (let round = 0; round < HEAP_ROUNDS; round++) {
    await cardCycles(CARD_CYCLES);
    heapAfterCards.push(await heap());
  }

  await browser.close();
  server.close();

  // 5. Bundle and data sizes.
  const assets = filesUnder(join(repo, 'dist', 'assets'));
  const appJs = assets.filter((file) => file.endsWith('.js') && !/maplibre/.test(file));
  // The start path (startPathScripts): the map's code, the cards, the units and comparison panels, the swipe map,
  // the decoder and the image export load later, in chunks of their own.
  const startJs = startPathScripts(join(repo, 'dist', '.vite', 'manifest.json')).map((path) => join(repo, 'dist', path));
  const loadedData = ['data/telegram.json', 'data/places.json', 'data/units.json', 'data/statements.json', 'data/mentions.json', 'data/outcome.json', 'data/places.geojson', 'data/situation.geojson', 'data/outcome.geojson']
    .map((path) => join(repo, 'dist', path))
    .concat(filesUnder(join(repo, 'dist', 'data', 'basemap')), filesUnder(join(repo, 'dist', 'data', 'symbols')), filesUnder(join(repo, 'dist', 'glyphs')));
  const allData = filesUnder(join(repo, 'dist', 'data')).concat(filesUnder(join(repo, 'dist', 'glyphs')));

  const results = {
    date: new Date().toISOString(),
    machine: 'headless Chromium, SwiftShader WebGL, 1280x800',
    textFirst: {
      appMedianMs: median(appTexts),
      staticMedianMs: median(staticTexts),
      ratio: median(appTexts) / median(staticTexts),
      target: 1.3,
      searchQuery: query,
      searchResultsMedianMs: median(appSearches),
      searchResultsRatio: median(appSearches) / median(staticTexts),
      runs: TEXT_RUNS,
    },
    load: { appMedianMs: median(appLoads), bareMedianMs: median(bareLoads), ratio: median(appLoads) / median(bareLoads), target: 1.15, runs: LOAD_RUNS },
    scrub: { medianMs: median(scrub.durations), p95Ms: percentile(scrub.durations, 95), steps: SCRUB_STEPS, setDataCalls: scrub.setDataCalls, targetMedianMs: 2 },
    stepToIdle: { stepMedianMs: median(idle.stepTimes), setFilterMedianMs: median(idle.filterTimes), ratio: median(idle.stepTimes) / median(idle.filterTimes), target: 1.1, steps: IDLE_STEPS },
    heap: {
      beforeKb: heapBefore / 1024,
      noiseKb: Math.abs(heapBefore - heapIdleA) / 1024,
      rounds: HEAP_ROUNDS,
      /** The trend through the readings before and after each round of 200 steps (trendPerRound), kB per round. */
      growthPerScrubKb: trendPerRound([heapBefore, ...heapAfterScrubs]) / 1024,
      /** What one difference would say: the first round's growth alone. */
      firstScrubKb: ((heapAfterScrubs[0] ?? heapBefore) - heapBefore) / 1024,
      scrubReadingsKb: [heapBefore, ...heapAfterScrubs].map((bytes) => bytes / 1024),
      growthPerCardsKb: trendPerRound(heapAfterCards) / 1024,
      firstCardsKb: ((heapAfterCards[1] ?? 0) - (heapAfterCards[0] ?? 0)) / 1024,
      cardsReadingsKb: heapAfterCards.map((bytes) => bytes / 1024),
    },
    fonts: { filesLoaded: fontFiles.size, loadedKb: [...fontFiles.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024, filesWritten: filesUnder(join(repo, 'dist', 'data', 'fonts')).filter((file) => file.endsWith('.woff2')).length },
    bundle: { startJsGzipKb: gzipBytes(startJs) / 1024, appJsGzipKb: gzipBytes(appJs) / 1024, targetStartJsKb: 90, loadedDataGzipKb: gzipBytes(loadedData) / 1024, allDataGzipKb: gzipBytes(allData) / 1024, targetDataKb: 600 },
  };
  mkdirSync(join(repo, 'bench'), { recursive: true });
  writeFileSync(join(repo, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const row = (name: string, value: string, target: string, ok: boolean): string => `${name.padEnd(44)} ${value.padStart(14)}  ${target.padEnd(16)} ${ok ? 'ok' : 'MISSED'}`;
  const f = (value: number, digits = 1): string => value.toFixed(digits);
  console.log(
    [
      `${'measure'.padEnd(44)} ${'value'.padStart(14)}  ${'target'.padEnd(16)} verdict`,
      row('text and search box painted: app / static (ms)', `${f(results.textFirst.appMedianMs, 0)} / ${f(results.textFirst.staticMedianMs, 0)}`, '', true),
      row('text and search box painted: ratio', f(results.textFirst.ratio, 2), '<= 1.3', results.textFirst.ratio <= 1.3),
      row(`search lists results for "${query}": app (ms)`, f(results.textFirst.searchResultsMedianMs, 0), '', true),
      row('search results / static text: ratio', f(results.textFirst.searchResultsRatio, 2), '', true),
      row('load to idle: app / bare (median ms)', `${f(results.load.appMedianMs, 0)} / ${f(results.load.bareMedianMs, 0)}`, '', true),
      row('load to idle: ratio', f(results.load.ratio, 2), '<= 1.15', results.load.ratio <= 1.15),
      row('timeline step, JS (median ms)', f(results.scrub.medianMs, 3), '<= 2', results.scrub.medianMs <= 2),
      row('timeline step, JS (p95 ms)', f(results.scrub.p95Ms, 3), '', true),
      row('setData calls while scrubbing', String(results.scrub.setDataCalls), '0', results.scrub.setDataCalls === 0),
      row('step to idle / setFilter to idle (ms)', `${f(results.stepToIdle.stepMedianMs)} / ${f(results.stepToIdle.setFilterMedianMs)}`, '', true),
      row('step to idle: ratio', f(results.stepToIdle.ratio, 2), '<= 1.1', results.stepToIdle.ratio <= 1.1),
      row('heap: idle-to-idle difference, noise (kB)', f(results.heap.noiseKb), '', true),
      row(`heap growth per 200 steps, trend of ${HEAP_ROUNDS} (kB)`, f(results.heap.growthPerScrubKb), '< 256', results.heap.growthPerScrubKb < 256),
      row('heap growth over the first 200 steps alone (kB)', f(results.heap.firstScrubKb), '', true),
      row(`heap growth per 50 cards, trend of ${HEAP_ROUNDS} (kB)`, f(results.heap.growthPerCardsKb), '< 256', results.heap.growthPerCardsKb < 256),
      row('heap growth over the first 50 cards alone (kB)', f(results.heap.firstCardsKb), '', true),
      row('app JS on the start path, gzip, without maplibre (kB)', f(results.bundle.startJsGzipKb), '<= 90', results.bundle.startJsGzipKb <= 90),
      row('all app JS incl. later chunks, gzip, without maplibre (kB)', f(results.bundle.appJsGzipKb), '', true),
      row('data the app loads, gzip (kB)', f(results.bundle.loadedDataGzipKb), '<= 600', results.bundle.loadedDataGzipKb <= 600),
      row('all data files incl. exports, gzip (kB)', f(results.bundle.allDataGzipKb), '', true),
      row(`font slices loaded (of ${results.fonts.filesWritten}), loads + 50 cards (kB)`, `${results.fonts.filesLoaded} / ${f(results.fonts.loadedKb)}`, '', true),
      'written to bench/results.json',
    ].join('\n'),
  );
}

await main();
