import type { Page } from '@playwright/test';
import { outcomeLayers as outcomeLayerSpecs } from '../src/map/outcome-layers';
import { INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER } from '../src/map/situation-layers';
import { expect, openApp, test } from './fixtures';
import { bothHalvesIdle, camerasOfBothHalves, mapIdle, renderedFeatures, renderedFeaturesOn } from './map-helpers';

test('plan against outcome shows, day by day, each order beside what the accounts say by then', async ({ page }) => {
  await openApp(page);
  await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
  const view = page.getByRole('tabpanel', { name: 'Plan vs outcome' });
  // Opening the comparison puts the outcome layer on the map beside the telegram's (the legend that holds the
  // switch folds itself for the swipe map).
  await expect(page.getByRole('checkbox', { name: /Show what happened/, includeHidden: true })).toBeChecked();

  await view.getByRole('button', { name: '8 January', exact: true }).click();
  await expect(page.getByTestId('timeline-readout')).toHaveText(/^9 January 1951, 00:00/);
  await expect(view.locator('.compare-date')).toHaveText('By 9 January 1951, 00:00 (the end of 8 January)');
  const suwon = view.locator('[data-statement-id="pursue-to-suwon"]');
  await expect(suwon).toContainText('If the enemy keeps withdrawing south');
  await expect(suwon).toContainText('Carried out');
  await expect(suwon.getByRole('button', { name: 'Suwon falls to Chinese forces' })).toBeVisible();
  const bukhan = view.locator('[data-statement-id="bukhan-crossings"]');
  await expect(bukhan).toContainText('Not carried out');
  await expect(bukhan.getByRole('button', { name: 'The ordered crossing of the Bukhan is not made' })).toBeVisible();

  // On 5 January nothing the accounts say has settled the pursuit to Suwon yet.
  await view.getByRole('button', { name: '5 January', exact: true }).click();
  await expect(suwon).toContainText('No account dates anything of it by this day');
  await expect(bukhan).toHaveCount(0); // ordered only from the end of 7 January

  // The outcome event opens its card; the statement card leads with the outcome summary.
  await view.getByRole('button', { name: '8 January', exact: true }).click();
  await suwon.getByRole('button', { name: /If the enemy keeps withdrawing south/ }).click();
  const card = page.getByTestId('statement-card');
  await expect(card.getByTestId('card-outcome-summary')).toContainText('Carried out');
  const summaryBox = await card.getByTestId('card-outcome-summary').boundingBox();
  const quoteBox = await card.getByTestId('statement-quote').first().boundingBox();
  expect(summaryBox !== null && quoteBox !== null && summaryBox.y < quoteBox.y, 'the outcome summary comes before the detail').toBe(true);
});

test.describe('plan against outcome as a swipe map', () => {
  const SLIDER = { name: 'Divider between the plan and what happened' };

  /** Opens the comparison at the end of 7 January over the Han and Line D, and waits for both halves. */
  async function openSwipeMap(page: Page): Promise<void> {
    await openApp(page, '#date=1951-01-07T24:00&map=8.2/37.4/127.4');
    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
  }
  const canvases = (page: Page) => page.locator('canvas.maplibregl-canvas');

  test('opens with the comparison: two maps, each half labelled with the chosen date', async ({ page }) => {
    await openSwipeMap(page);
    await expect(canvases(page)).toHaveCount(2);
    await expect(page.getByTestId('swipe-label-plan')).toHaveText('Planned by the end of 7 January');
    await expect(page.getByTestId('swipe-label-outcome')).toHaveText('What happened by the end of 7 January');
    await page.getByRole('tabpanel', { name: 'Plan vs outcome' }).getByRole('button', { name: '5 January', exact: true }).click();
    await expect(page.getByTestId('swipe-label-plan')).toHaveText('Planned by the end of 5 January');
    await expect(page.getByTestId('swipe-label-outcome')).toHaveText('What happened by the end of 5 January');
    // Each label stands on its own side of the divider.
    const divider = await page.getByRole('slider', SLIDER).boundingBox();
    const plan = await page.getByTestId('swipe-label-plan').boundingBox();
    const outcome = await page.getByTestId('swipe-label-outcome').boundingBox();
    if (divider === null || plan === null || outcome === null) throw new Error('not laid out');
    expect(plan.x + plan.width).toBeLessThan(divider.x);
    expect(outcome.x).toBeGreaterThan(divider.x + divider.width);
  });

  test('the divider is a slider: the keyboard moves it and the clip of the outcome half with it', async ({ page }) => {
    await openSwipeMap(page);
    const slider = page.getByRole('slider', SLIDER);
    const outcomeHalf = page.getByTestId('compare-map');
    await expect(slider).toHaveAttribute('aria-valuenow', '50');
    await expect(outcomeHalf).toHaveCSS('clip-path', 'inset(0px 0px 0px 50%)');
    await slider.focus();
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveAttribute('aria-valuenow', '44');
    await expect(outcomeHalf).toHaveCSS('clip-path', 'inset(0px 0px 0px 44%)');
    await page.keyboard.press('End');
    await expect(slider).toHaveAttribute('aria-valuenow', '95');
    await expect(outcomeHalf).toHaveCSS('clip-path', 'inset(0px 0px 0px 95%)');
    await page.keyboard.press('Home');
    await page.keyboard.press('PageUp');
    await expect(slider).toHaveAttribute('aria-valuenow', '15');

    // What lies under the pointer follows the clip: the plan's canvas left of the divider, the outcome's right of it.
    const box = await page.getByTestId('map').boundingBox();
    if (box === null) throw new Error('no map box');
    const hit = (fraction: number) =>
      page.evaluate(([x, y]) => {
        const element = document.elementFromPoint(x, y);
        return element?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
      }, [box.x + box.width * fraction, box.y + box.height * 0.55] as const);
    expect(await hit(0.1)).toBe('map');
    expect(await hit(0.2)).toBe('compare-map');
    await page.keyboard.press('End');
    expect(await hit(0.9)).toBe('map');
  });

  test('panning either half moves the other to the same place', async ({ page }) => {
    await openSwipeMap(page);
    const box = await page.getByTestId('map').boundingBox();
    if (box === null) throw new Error('no map box');
    const drag = async (fromX: number, fromY: number, byX: number, byY: number): Promise<void> => {
      await page.mouse.move(fromX, fromY);
      await page.mouse.down();
      await page.mouse.move(fromX + byX, fromY + byY, { steps: 8 });
      await page.mouse.up();
    };
    const start = await camerasOfBothHalves(page);
    expect(start.outcome).toEqual(start.plan);

    // Dragged on the right half (the outcome map).
    await drag(box.x + box.width * 0.75, box.y + box.height * 0.45, -160, 60);
    await bothHalvesIdle(page);
    const afterRight = await camerasOfBothHalves(page);
    expect(afterRight.outcome.lng).toBeGreaterThan(start.outcome.lng + 0.1);
    expect(afterRight.plan).toEqual(afterRight.outcome);

    // Dragged on the left half (the page's map), then zoomed with the page's zoom button.
    await drag(box.x + box.width * 0.3, box.y + box.height * 0.55, 120, -40);
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await bothHalvesIdle(page);
    const afterLeft = await camerasOfBothHalves(page);
    expect(afterLeft.plan.lng).toBeLessThan(afterRight.plan.lng - 0.1);
    expect(afterLeft.plan.zoom).toBeGreaterThan(afterRight.plan.zoom + 0.5);
    expect(afterLeft.outcome).toEqual(afterLeft.plan);
    // The address follows the page's map, as it does without the swipe map.
    await expect.poll(() => /map=([\d.]+)\//.exec(new URL(page.url()).hash)?.[1]).toBe(afterLeft.plan.zoom.toFixed(2));
  });

  test('the left half draws the plan and nothing of the outcome; the right half only what happened', async ({ page }) => {
    await openSwipeMap(page);
    await bothHalvesIdle(page);
    const situationLayers = [...INTERACTIVE_SITUATION_LAYERS, UNIT_SYMBOL_LAYER];
    const outcomeLayers = outcomeLayerSpecs.map((layer) => layer.id);

    // The legend folds as the mode opens, so it does not cover the plan's half; it still says the outcome is shown:
    // it is, in the right half.
    expect(await page.locator('details.legend').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await expect(page.getByLabel('Show what happened (outcome, from other sources)')).toBeChecked();
    expect(await renderedFeaturesOn(page, 'plan', outcomeLayers)).toEqual([]);
    expect((await renderedFeaturesOn(page, 'plan', situationLayers)).length).toBeGreaterThan(0);

    const outcomeStyle = await page.evaluate(() => window.__compareMap?.getStyle().layers.map((layer) => layer.id) ?? []);
    expect(outcomeStyle).toEqual(expect.arrayContaining(outcomeLayers));
    expect(outcomeStyle.filter((id) => id.startsWith('situation'))).toEqual([]);
    expect(await renderedFeaturesOn(page, 'outcome', situationLayers)).toEqual([]);
    const events = new Set((await renderedFeaturesOn(page, 'outcome', outcomeLayers)).map((feature) => feature.properties.eventId));
    expect([...events]).toEqual(expect.arrayContaining(['line-d', 'seoul-abandoned']));
    // Places are drawn in both halves.
    expect((await renderedFeaturesOn(page, 'outcome', ['places-point'])).length).toBeGreaterThan(0);

    // Switched off, the swipe map gives way to the one map with both layers, as before.
    await page.getByRole('checkbox', { name: /^Swipe map/ }).uncheck();
    await expect(canvases(page)).toHaveCount(1);
    await mapIdle(page);
    expect((await renderedFeatures(page, outcomeLayers)).length).toBeGreaterThan(0);
  });

  test("a click on each half goes to that half's map: an outcome line on the right opens its card", async ({ page }) => {
    await openSwipeMap(page);
    await bothHalvesIdle(page);
    const target = await page.evaluate(() => {
      const map = window.__compareMap;
      if (map === undefined) throw new Error('no outcome map');
      const { width, height, left, top } = map.getCanvas().getBoundingClientRect();
      const coordinates = map
        .querySourceFeatures('outcome', { filter: ['==', ['get', 'eventId'], 'line-d'] })
        .flatMap((feature) => (feature.geometry.type === 'LineString' ? feature.geometry.coordinates : []));
      for (let i = 0; i + 1 < coordinates.length; i += 1) {
        const [a, b] = [coordinates[i], coordinates[i + 1]];
        if (a === undefined || b === undefined) continue;
        // The middle of a segment, clear of the places at its ends, right of the divider and above the timeline.
        const point = map.project([((a[0] ?? 0) + (b[0] ?? 0)) / 2, ((a[1] ?? 0) + (b[1] ?? 0)) / 2]);
        if (point.x > width * 0.55 && point.x < width - 60 && point.y > 80 && point.y < height - 260) return { x: left + point.x, y: top + point.y };
      }
      return null;
    });
    if (target === null) throw new Error('no stretch of Line D in the right half');
    await page.mouse.click(target.x, target.y);
    await expect(page.getByTestId('outcome-card')).toContainText("UN 'Line D' reached and held");
    await page.getByRole('button', { name: 'Close outcome card' }).click();

    // With the divider at the right edge the same point is the plan's, which draws no outcome: no card.
    await page.getByRole('slider', SLIDER).focus();
    await page.keyboard.press('End');
    await page.mouse.click(target.x, target.y);
    await page.waitForTimeout(700); // past the click's double-click wait
    await expect(page.getByTestId('outcome-card')).toHaveCount(0);
  });

  test('leaving the comparison removes the second map and its WebGL context, as often as it is opened', async ({ page }) => {
    // Test instrumentation: count the WebGL contexts the page holds (made and not yet lost or released).
    await page.addInitScript(() => {
      const live = new Set<HTMLCanvasElement>();
      Object.assign(window, { __liveWebGl: live });
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof getContext>) {
        const context = getContext.apply(this, args);
        if (context !== null && String(args[0]).startsWith('webgl') && !live.has(this)) {
          live.add(this);
          this.addEventListener('webglcontextlost', () => live.delete(this));
        }
        return context;
      } as typeof getContext;
    });
    const liveContexts = () => page.evaluate(() => (window as unknown as { __liveWebGl: Set<unknown> }).__liveWebGl.size);
    await openApp(page, '#date=1951-01-07T24:00&map=8.2/37.4/127.4');
    const before = await liveContexts();
    await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
    await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    expect(await liveContexts()).toBe(before + 1);
    for (let round = 0; round < 3; round += 1) {
      await expect(canvases(page)).toHaveCount(2);
      await page.getByRole('tab', { name: 'The telegram' }).click();
      await expect(canvases(page)).toHaveCount(1);
      expect(await page.evaluate(() => window.__compareMap === undefined)).toBe(true);
      await page.getByRole('tab', { name: 'Plan vs outcome' }).click();
      await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    }
    // Switched on and off faster than the second map can load: each is removed once its style has loaded.
    const swipe = page.getByRole('checkbox', { name: /^Swipe map/ });
    for (let round = 0; round < 3; round += 1) {
      await swipe.uncheck();
      await swipe.check();
    }
    await expect(page.getByTestId('compare-map')).toHaveAttribute('data-map-ready', 'true', { timeout: 30_000 });
    await expect(canvases(page)).toHaveCount(2);
    await swipe.uncheck();
    await expect(canvases(page)).toHaveCount(1);
    await expect.poll(liveContexts).toBe(before);
    // The page's map lived through it all and still answers.
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-ready', 'true');
    await mapIdle(page);
  });
});
