import type { Tour } from '../geo/schema/tour-schema';
import type { Place } from '../geo/schema/place-schema';
import type { Statement } from '../geo/schema/situation-schema';
import { expect, openApp, test } from './fixtures';
import { mapIdle } from './map-helpers';

/** A point inside each framed place: the point itself, or the middle of an area's outline. */
function anchorOf(place: Place): [number, number] {
  if (place.geometry.type === 'Point') return place.geometry.coordinates as [number, number];
  const ring = place.geometry.type === 'LineString' ? place.geometry.coordinates : (place.geometry.coordinates[0] ?? []);
  const lons = ring.map((position) => position[0] ?? 0);
  const lats = ring.map((position) => position[1] ?? 0);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

const READABLE_MONTH = 'January 1951';

test('the guided tour walks every chapter with the timeline, the map and the text moving together', async ({ page, request }) => {
  const tour = (await (await request.get('data/tour.json')).json()) as Tour;
  const places = (await (await request.get('data/places.json')).json()) as Place[];
  const statements = (await (await request.get('data/statements.json')).json()) as Statement[];
  // The moments the telegram itself writes as 24:00 (the order's "24:00 4.1"): only there does a readout write 24:00.
  const writtenAs24 = new Set(statements.flatMap((statement) => (statement.when.written ?? []).filter((written) => written.quote.includes('24:00')).map((written) => written.time)));
  const placesById = new Map(places.map((place) => [place.id, place]));
  expect(tour.chapters.length).toBeGreaterThanOrEqual(8);

  await openApp(page);
  await page.getByRole('button', { name: 'Guided tour' }).click();
  const panel = page.getByRole('region', { name: 'Guided tour' });

  for (const [index, chapter] of tour.chapters.entries()) {
    await expect(panel.getByRole('heading', { name: chapter.title })).toBeVisible();
    await expect(panel).toContainText(`chapter ${index + 1} of ${tour.chapters.length}`);
    await expect(panel).toContainText(chapter.caption);

    // The timeline stands at the chapter's moment: a midnight reads 00:00 of the next day, unless the telegram writes it as 24:00.
    const [day, hour] = chapter.time.slice(8).split('T');
    const readout = page.getByTestId('timeline-readout');
    const expectedDay =
      hour !== '24:00' ? `${Number(day)} ${READABLE_MONTH}, ${hour}` : writtenAs24.has(chapter.time) ? `${Number(day)} ${READABLE_MONTH}, 24:00 \\(as the telegram writes it\\)` : `${Number(day) + 1} ${READABLE_MONTH}, 00:00`;
    await expect(readout).toHaveText(new RegExp(`^${expectedDay} — `));

    // The text marks exactly the chapter's sentences.
    await expect(page.locator('.sentence.is-tour')).toHaveCount(chapter.sentenceIds.length);
    for (const id of chapter.sentenceIds) await expect(page.locator(`#sentence-${id}`)).toHaveClass(/is-tour/);

    // The map has framed the chapter's places.
    await mapIdle(page);
    const outside = await page.evaluate((anchors) => {
      const map = window.__map;
      if (map === undefined) throw new Error('no map');
      const bounds = map.getBounds();
      return anchors.filter(([, lon, lat]) => !bounds.contains([lon, lat])).map(([id]) => id);
    }, chapter.frame.map((id) => {
      const place = placesById.get(id);
      if (place === undefined) throw new Error(`no place ${id}`);
      return [id, ...anchorOf(place)] as [string, number, number];
    }));
    expect(outside, `places of "${chapter.title}" outside the map`).toEqual([]);

    // The outcome layer is on only in chapters that tell what happened.
    await expect(page.getByRole('checkbox', { name: /Show what happened/ })).toBeChecked({ checked: (chapter.outcomeEvents ?? []).length > 0 });

    if (index < tour.chapters.length - 1) await panel.getByRole('button', { name: 'Next chapter' }).click();
  }
  await expect(panel.getByRole('button', { name: 'Next chapter' })).toBeDisabled();

  // Back with the keyboard, then leave the tour: the marks go.
  await panel.getByRole('heading').press('ArrowLeft');
  await expect(panel.getByRole('heading', { name: tour.chapters.at(-2)?.title ?? '' })).toBeVisible();
  await panel.getByRole('button', { name: 'End tour' }).click();
  await expect(panel).toHaveCount(0);
  await expect(page.locator('.sentence.is-tour')).toHaveCount(0);
});

test('the chapter list jumps straight to a chapter', async ({ page, request }) => {
  const tour = (await (await request.get('data/tour.json')).json()) as Tour;
  const last = tour.chapters.at(-1);
  if (last === undefined) throw new Error('empty tour');
  await openApp(page);
  await page.getByRole('button', { name: 'Guided tour' }).click();
  await page.getByRole('combobox', { name: 'Go to chapter' }).selectOption(last.id);
  await expect(page.getByRole('region', { name: 'Guided tour' }).getByRole('heading', { name: last.title })).toBeVisible();
  await expect(page.locator('.sentence.is-tour')).toHaveCount(last.sentenceIds.length);
});

test('each chapter has a permalink that opens the tour there', async ({ page }) => {
  await openApp(page, '#tour=fiftieth-army');
  const panel = page.getByRole('region', { name: 'Guided tour' });
  await expect(panel.getByRole('heading', { name: 'b) The 50th Army' })).toBeVisible();
  await expect(page.locator('#sentence-ob2-4')).toHaveClass(/is-tour/);
  await panel.getByRole('button', { name: 'Next chapter' }).click();
  await expect(page).toHaveURL(/tour=demarcation-line/);
  await panel.getByRole('button', { name: 'End tour' }).click();
  await expect(page).not.toHaveURL(/tour=/);
});

test('with "the map follows" on, scrolling the text to a paragraph frames its places', async ({ page }) => {
  await openApp(page, '#map=11/37.55/126.98');
  const before = await page.evaluate(() => window.__map?.getZoom() ?? 0);
  await page.getByRole('checkbox', { name: 'The map follows the paragraph being read' }).check();
  // Paragraph c) names Hongcheon and Odzio, far east of the view.
  await page.locator('[data-block-id="oc1"]').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await expect.poll(async () => page.evaluate(() => window.__map?.getBounds().contains([127.88, 37.6925]) ?? false), { timeout: 10_000 }).toBe(true);
  expect(await page.evaluate(() => window.__map?.getZoom() ?? 0)).toBeLessThan(before);
});
