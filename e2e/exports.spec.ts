import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { parseCsv } from '../src/domain/export/csv';
import { scaleBar } from '../src/domain/scale-bar';
import { expect, openApp, test } from './fixtures';

/** Clicks an entry of the Export menu and returns the file it downloads. */
async function download(page: Page, name: string | RegExp, role: 'link' | 'button' = 'link'): Promise<{ file: Download; bytes: Buffer }> {
  const menu = page.locator('details.export-menu');
  if ((await menu.getAttribute('open')) === null) await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole(role, { name, exact: typeof name === 'string' }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

/** How many places and mentions the app itself loaded. */
async function dataCounts(page: Page): Promise<{ places: number; mentions: number; statements: number }> {
  return page.evaluate(async () => {
    const length = async (path: string): Promise<number> => ((await (await fetch(path)).json()) as unknown[]).length;
    return { places: await length('data/places.json'), mentions: await length('data/mentions.json'), statements: await length('data/statements.json') };
  });
}

test.describe('exports', () => {
  test('GeoJSON, LPF, CSV and TEI download from the Export menu and read back', async ({ page }) => {
    await openApp(page);
    const counts = await dataCounts(page);
    expect(counts.mentions).toBeGreaterThan(0);

    const geojson = JSON.parse((await download(page, 'GeoJSON')).bytes.toString('utf8')) as {
      type: string;
      citation: string;
      features: { properties: { layer: string } }[];
    };
    expect(geojson.type).toBe('FeatureCollection');
    expect(geojson.citation).toContain('Wilson Center Digital Archive');
    const layerCount = (layer: string): number => geojson.features.filter((feature) => feature.properties.layer === layer).length;
    expect(layerCount('place')).toBe(counts.places);
    expect(layerCount('statement')).toBe(counts.statements);
    for (const layer of ['area', 'line', 'arrow', 'unit']) expect(layerCount(layer), layer).toBeGreaterThan(0);

    const lpf = JSON.parse((await download(page, 'Linked Places (LPF)')).bytes.toString('utf8')) as { features: unknown[] };
    expect(lpf.features).toHaveLength(counts.places);

    const csv = await download(page, 'CSV of mentions');
    expect(csv.file.suggestedFilename()).toBe('mentions.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(csv.bytes.toString('utf8'));
    expect(header?.slice(0, 3)).toEqual(['sentence_id', 'sentence_text', 'spelling_in_text']);
    expect(rows).toHaveLength(counts.mentions);

    const tei = (await download(page, 'TEI XML')).bytes.toString('utf8');
    expect(XMLValidator.validate(tei)).toBe(true);
    expect(tei.match(/<placeName ref="#/g) ?? []).toHaveLength(counts.mentions);
    expect(tei).toContain('<sourceDesc>');

    const outcome = JSON.parse((await download(page, 'Outcome GeoJSON')).bytes.toString('utf8')) as { features: { id: string; properties: { start: string; accounts: unknown } }[] };
    expect(outcome.features.length).toBeGreaterThan(5);
    expect(outcome.features.every((feature) => /^1951-01-\d\dT\d\d:\d\d:00$|^1950-12-31T/.test(feature.properties.start) && Array.isArray(feature.properties.accounts))).toBe(true);

    // The QGIS files: every drawn feature of the GeoJSON in one of three files, every statement in the table.
    let drawn = 0;
    for (const name of ['points', 'lines', 'areas']) {
      const layer = JSON.parse((await download(page, name)).bytes.toString('utf8')) as { features: unknown[] };
      drawn += layer.features.length;
    }
    expect(drawn).toBe(geojson.features.length - layerCount('statement'));
    const [, ...statementRows] = parseCsv((await download(page, 'statements (CSV)')).bytes.toString('utf8'));
    expect(statementRows).toHaveLength(counts.statements);
  });

  test('the bibliography downloads as CSL-JSON and BibTeX, one entry per work, each with a grade', async ({ page }) => {
    await openApp(page);
    const csl = JSON.parse((await download(page, 'Bibliography (CSL-JSON)')).bytes.toString('utf8')) as { id: string; URL?: string; custom: { grade: string } }[];
    expect(csl.length).toBeGreaterThan(20);
    expect(new Set(csl.map((entry) => entry.id)).size).toBe(csl.length);
    expect(csl.find((entry) => entry.id === 'wcda-111207')?.URL).toBe('https://digitalarchive.wilsoncenter.org/document/111207');
    for (const entry of csl) expect(['archival-primary', 'official-history', 'scholarly', 'press', 'reference', 'forum-blog']).toContain(entry.custom.grade);
    const bibtex = await download(page, 'Bibliography (BibTeX)');
    expect(bibtex.file.suggestedFilename()).toBe('bibliography.bib');
    const keys = [...bibtex.bytes.toString('utf8').matchAll(/^@\w+\{([^,]+),/gm)].map((match) => match[1]);
    expect(keys).toEqual(csl.map((entry) => entry.id));
  });

  test('the PNG is the map view drawn at twice its size, with a true scale bar and a caption band, and not blank', async ({ page }) => {
    await openApp(page);
    const before = await mapCanvasSize(page);
    expect(before.cssWidth).toBeGreaterThan(300);
    const view = await page.evaluate(() => ({ zoom: window.__map?.getZoom() ?? 0, lat: window.__map?.getCenter().lat ?? 0 }));
    const png = await download(page, 'PNG image of this map view', 'button');
    const { width, height } = pngSize(png.bytes);
    expect(png.file.suggestedFilename()).toMatch(/^telegram-1951-01-04-map-1951-01-\d\dT\d{4}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    // Drawn at 2x, not stretched from the screen: the map part is twice the map's CSS size.
    expect.soft(width).toBe(2 * before.cssWidth);
    const mapHeight = 2 * before.cssHeight;
    expect(height - mapHeight).toBeGreaterThan(2 * 80);
    expect(height - mapHeight).toBeLessThan(2 * 400);
    // And the screen has its own resolution back.
    expect.soft(await mapCanvasSize(page)).toEqual(before);
    await expect.soft(page.locator('details.export-menu').getByRole('status')).toHaveText(`Image saved, ${width} × ${height} pixels.`);

    const pixels = await readPixels(page, png.bytes, mapHeight);
    expect(pixels.mapColours).toBeGreaterThan(50);
    expect(pixels.inkPixels).toBeGreaterThan(4 * 2000);
    // The scale bar: one run of ink in the lower left corner, as long as its round length is at this latitude.
    const bar = scaleBar(view.lat, view.zoom, 120);
    expect.soft(pixels.longestInkRun).toBeGreaterThan(2 * 40);
    expect.soft(Math.abs(pixels.longestInkRun - 2 * bar.pixels)).toBeLessThanOrEqual(2);
  });

  test('the PNG can be made at the size of the map on screen', async ({ page }) => {
    await openApp(page);
    const before = await mapCanvasSize(page);
    const menu = page.locator('details.export-menu');
    await page.getByText('Export', { exact: true }).click();
    await menu.getByLabel('Image size').selectOption('1');
    const png = await download(page, 'PNG image of this map view', 'button');
    expect(pngSize(png.bytes).width).toBe(before.cssWidth);
    const pixels = await readPixels(page, png.bytes, before.cssHeight);
    expect(pixels.mapColours).toBeGreaterThan(50);
  });
});

/** Width and height from a PNG's IHDR: the first two big-endian words of the first chunk's data. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function mapCanvasSize(page: Page): Promise<{ cssWidth: number; cssHeight: number; width: number; height: number }> {
  return page.evaluate(() => {
    const canvas = window.__map?.getCanvas();
    return { cssWidth: canvas?.clientWidth ?? 0, cssHeight: canvas?.clientHeight ?? 0, width: canvas?.width ?? 0, height: canvas?.height ?? 0 };
  });
}

/**
 * Decodes the PNG in the browser: how many colours the map part has, how many ink pixels the band under it, and
 * the longest horizontal run of ink in the map's lower left corner (where the scale bar is drawn).
 */
async function readPixels(page: Page, png: Buffer, mapHeight: number): Promise<{ mapColours: number; inkPixels: number; longestInkRun: number }> {
  return page.evaluate(
    async ({ base64, mapHeight: top }) => {
      const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
      if (context === null) throw new Error('no 2d context');
      context.drawImage(bitmap, 0, 0);
      const isInk = (data: Uint8ClampedArray, index: number): boolean => (data[index] ?? 255) + (data[index + 1] ?? 255) + (data[index + 2] ?? 255) < 300;
      const colours = new Set<number>();
      const map = context.getImageData(0, 0, bitmap.width, top).data;
      for (let index = 0; index < map.length; index += 4 * 13) colours.add(((map[index] ?? 0) << 16) | ((map[index + 1] ?? 0) << 8) | (map[index + 2] ?? 0));
      const band = context.getImageData(0, top, bitmap.width, bitmap.height - top).data;
      let ink = 0;
      for (let index = 0; index < band.length; index += 4) if (isInk(band, index)) ink += 1;
      const cornerWidth = Math.round(bitmap.width / 2);
      const cornerHeight = Math.round(top / 5);
      const corner = context.getImageData(0, top - cornerHeight, cornerWidth, cornerHeight).data;
      let longest = 0;
      for (let row = 0; row < cornerHeight; row += 1) {
        let run = 0;
        for (let column = 0; column < cornerWidth; column += 1) {
          run = isInk(corner, 4 * (row * cornerWidth + column)) ? run + 1 : 0;
          longest = Math.max(longest, run);
        }
      }
      return { mapColours: colours.size, inkPixels: ink, longestInkRun: longest };
    },
    { base64: png.toString('base64'), mapHeight },
  );
}
