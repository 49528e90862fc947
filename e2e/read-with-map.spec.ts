import type { Place } from '../geo/schema/place-schema';
import { expect, openApp, test } from './fixtures';
import { mapIdle, renderedFeatures } from './map-helpers';

test.describe('reading the telegram with the map', () => {
  test('search "Chemulpo" opens Incheon with the sentence that names Jemulpo [Incheon]', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Search places' });
    await search.fill('Chemulpo');
    await expect(page.getByRole('option').first()).toContainText('Incheon');
    await search.press('Enter');
    const card = page.getByRole('complementary', { name: 'Incheon' });
    await expect(card).toBeVisible();
    await expect(card.getByTestId('card-quote')).toContainText('Jemulpo [Incheon]');
    await expect(card.getByTestId('card-quote').locator('mark')).toHaveText('Jemulpo [Incheon]');
    await expect(page).toHaveURL(/place=incheon/);
  });

  test('search finds places by any spelling, in any script, from the keyboard', async ({ page }) => {
    await openApp(page);
    const search = page.getByRole('combobox', { name: 'Search places' });
    for (const [query, title] of [
      ['Kimpo', 'Gimpo'],
      ['인천', 'Incheon'],
      ['仁川', 'Incheon'],
      ["Inch'on", 'Incheon'],
      ['Inchon', 'Incheon'],
      ['Jinsen', 'Incheon'],
      ['Odzio', 'Hoengseong'],
    ]) {
      await search.fill(query ?? '');
      await search.press('ArrowDown');
      await search.press('Enter');
      await expect(page.getByRole('complementary').getByRole('heading', { level: 2 }), query).toContainText(title ?? '');
    }
  });

  test('search finds Yeoju, named only in the outcome accounts, and the period and katakana spellings of the telegram\'s places', async ({ page, request }) => {
    const places = (await (await request.get('data/places.json')).json()) as Place[];
    const at = places.find((place) => place.id === 'yangpyeong')?.geometry.coordinates as [number, number];
    // Zoomed in on Incheon: Yangpyeong, where the Yeoju event is drawn, is off the map.
    await openApp(page, '#date=1951-01-08T12:00&map=10/37.45/126.65');
    const search = page.getByRole('combobox', { name: 'Search places' });
    const outcomeLayer = page.getByLabel('Show what happened (outcome, from other sources)');
    await expect(outcomeLayer).not.toBeChecked();
    const results = page.getByRole('listbox', { name: 'Places and units found' });
    await search.fill('Yoju');
    const first = results.getByRole('option').first();
    await expect(first).toContainText('Yeoju');
    await expect(first).toContainText('In the outcome accounts, not in the telegram');
    await search.press('Enter');
    const card = page.getByTestId('outcome-card');
    await expect(card.getByRole('heading', { level: 2 })).toHaveText('What happened: The 42nd Army occupies Yangpyeong, Yeoju and Icheon');
    await expect(page).toHaveURL(/event=yangpyeong-yeoju-icheon-occupied/);
    await expect(outcomeLayer).toBeChecked();
    // The map has brought the event into the part of the map the card leaves free.
    await mapIdle(page);
    const cardBox = await card.boundingBox();
    const mapBox = await page.getByTestId('map').boundingBox();
    const yangpyeong = await page.evaluate((lonLat) => {
      const point = window.__map?.project(lonLat);
      return { x: point?.x ?? -1, y: point?.y ?? -1 };
    }, at);
    expect(yangpyeong.x).toBeGreaterThan(0);
    expect(yangpyeong.y).toBeGreaterThan(0);
    expect(yangpyeong.y).toBeLessThan(mapBox?.height ?? 0);
    expect((mapBox?.x ?? 0) + yangpyeong.x).toBeLessThan(cardBox?.x ?? 0);

    for (const [query, title] of [
      ['Wonjoo', 'Wonju'], // a period English spelling
      ['ゲンシュウ', 'Wonju'], // katakana of the Japanese reading げんしゅう
      ['ケイジョウ', 'Seoul'], // katakana of けいじょう (Keijō)
      ['モクドウ', 'Mokudo'], // katakana of the reading the gazetteer writes only as Mokudō
    ]) {
      await search.fill(query ?? '');
      await expect(results.getByRole('option').first(), query).toContainText(title ?? '');
      await expect(results.getByRole('option').first(), query).toContainText('In the telegram');
      await search.press('Enter');
      await expect(page.getByRole('complementary').getByRole('heading', { level: 2 }), query).toContainText(title ?? '');
    }
  });

  test('clicking a mention selects the place on the map and opens its card; next and previous walk its mentions', async ({ page }) => {
    await openApp(page);
    const mention = page.locator('.telegram').getByRole('button', { name: 'Odzio' });
    await mention.click();
    const card = page.getByRole('complementary', { name: 'Hoengseong' });
    await expect(card).toContainText('Mention 1 of 1');
    await expect(mention).toHaveAttribute('aria-pressed', 'true');
    await mapIdle(page);
    // The dot drawn on the map carries the selection (what the style paints larger and darker).
    const drawn = await page.evaluate(() => window.__map?.queryRenderedFeatures({ layers: ['places-point'] }).filter((feature) => feature.properties.id === 'hoengseong').map((feature) => feature.state));
    expect(drawn).toEqual([expect.objectContaining({ selected: true })]);

    await page.locator('.telegram').getByRole('button', { name: 'Seoul' }).first().click();
    const seoulCard = page.getByRole('complementary', { name: 'Seoul' });
    await expect(seoulCard).toContainText(/Mention 1 of \d+/);
    const firstQuote = await seoulCard.getByTestId('card-quote').textContent();
    expect(firstQuote).toContain('Seoul');
    await seoulCard.getByRole('button', { name: 'Next mention' }).click();
    await expect(seoulCard).toContainText(/Mention 2 of \d+/);
    await expect(seoulCard.getByTestId('card-quote')).not.toHaveText(firstQuote as string);
    await seoulCard.getByRole('button', { name: 'Previous mention' }).click();
    await expect(seoulCard).toContainText(/Mention 1 of \d+/);
  });

  test('clicking a place on the map opens its card and highlights its mentions in the text', async ({ page }) => {
    await openApp(page, '#map=9/37.45/127.6');
    const point = await page.evaluate(() => {
      const map = window.__map;
      if (map === undefined) throw new Error('no map');
      const { x, y } = map.project([127.4425, 37.2792]); // Icheon, from the gazetteer
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + x, y: box.top + y };
    });
    await page.mouse.click(point.x, point.y);
    await expect(page.getByRole('complementary', { name: 'Icheon' })).toBeVisible();
    const inText = page.locator('.telegram .mention[data-place-id="icheon"]');
    await expect(inText.first()).toHaveClass(/is-selected/);
    await expect(inText.first()).toBeInViewport();
  });

  test('hovering a mention highlights the place on the map', async ({ page }) => {
    await openApp(page);
    await page.locator('.telegram').getByRole('button', { name: 'Wonju' }).hover();
    await expect.poll(() => page.evaluate(() => window.__map?.getFeatureState({ source: 'places', id: 'wonju' })?.hover)).toBe(true);
  });

  test('a permalink restores time, place and view, and back returns to the previous state', async ({ page }) => {
    await openApp(page, '#date=1951-01-06T07:00&place=gimpo-airfield&map=10.00/37.5500/126.8000');
    await expect(page.getByTestId('timeline-readout')).toHaveText(/^6 January 1951, 07:00/);
    await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
    const view = await page.evaluate(() => ({ zoom: window.__map?.getZoom(), center: window.__map?.getCenter() }));
    expect(view.zoom).toBeCloseTo(10, 1);
    expect(view.center?.lat).toBeCloseTo(37.55, 2);

    await page.locator('.telegram').getByRole('button', { name: 'Wonju' }).click();
    await expect(page).toHaveURL(/place=wonju/);
    await page.goBack();
    await expect(page).toHaveURL(/place=gimpo-airfield/);
    await expect(page.getByRole('complementary', { name: 'Gimpo' })).toBeVisible();
  });

  test('a garbage hash loads the default view without error', async ({ page }) => {
    await openApp(page, '#date=<script>alert(1)</script>&place=../../etc&map=NaN/x/1e99&%%%');
    await expect(page.getByTestId('timeline-readout')).toHaveText(/^4 January 1951, 24:00/);
    await expect(page.getByRole('complementary')).toHaveCount(0);
    expect(await page.evaluate(() => document.querySelectorAll('script:not([type="module"])').length)).toBe(0);
  });

  test('the label language switch redraws the place names', async ({ page }) => {
    await openApp(page, '#map=9/37.5/127.3');
    const canvasPixels = async (): Promise<string> => {
      const pixels = await page.evaluate(() => window.__map?.getCanvas().toDataURL());
      if (pixels === undefined) throw new Error('no map canvas');
      return pixels;
    };
    await mapIdle(page);
    const before = await canvasPixels();
    await page.getByLabel('Place names').selectOption('hangul');
    await mapIdle(page);
    const inHangul = await canvasPixels();
    expect(inHangul).not.toBe(before);
    // Back to the telegram's spellings: the very same picture as before, so the change was the labels alone.
    await page.getByLabel('Place names').selectOption('telegram');
    await mapIdle(page);
    expect(await canvasPixels()).toBe(before);
    expect((await renderedFeatures(page, ['places-label'])).length).toBeGreaterThan(3);
  });
});

test('clicking a line on the map opens the statement it draws, with the telegram\'s words', async ({ page }) => {
  await openApp(page, '#date=1951-01-05T12:00&map=12.00/37.5170/126.9600');
  const point = await page.evaluate(() => {
    const map = window.__map;
    if (map === undefined) throw new Error('no map');
    // A quarter of the way from Yongsan to Kasaivairi (gazetteer points), on the demarcation line and clear of labels.
    const { x, y } = map.project([126.9647 + 0.25 * (126.9367 - 126.9647), 37.53 + 0.25 * (37.5792 - 37.53)]);
    const box = map.getCanvas().getBoundingClientRect();
    return { x: box.left + x, y: box.top + y };
  });
  await page.mouse.click(point.x, point.y);
  const card = page.getByTestId('statement-card');
  await expect(card).toContainText('The line between the 50th army and the 1st Corps');
  await expect(card.getByTestId('statement-quote').first()).toContainText('The line of delimitation between the 50th army and the 1st corps');
  await expect(card).toContainText('yet its objectives');
});
