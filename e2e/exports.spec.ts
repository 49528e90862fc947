import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { XMLValidator } from 'fast-xml-parser';
import { parseCsv } from '../src/domain/export/csv';
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

  test('the PNG is the map view at full resolution with a caption band, and not blank', async ({ page }) => {
    await openApp(page);
    const png = await download(page, 'PNG image of this map view', 'button');
    await expect(page.locator('details.export-menu').getByRole('status')).toHaveText('Image saved.');
    expect(png.file.suggestedFilename()).toMatch(/^telegram-1951-01-04-map-1951-01-\d\dT\d{4}\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: width and height are the first two big-endian words of the first chunk's data.
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    const canvas = await page.evaluate(() => {
      const mapCanvas = window.__map?.getCanvas();
      return { width: mapCanvas?.width ?? 0, height: mapCanvas?.height ?? 0 };
    });
    expect(canvas.width).toBeGreaterThan(300);
    expect(width).toBe(canvas.width);
    expect(height - canvas.height).toBeGreaterThan(80);
    expect(height - canvas.height).toBeLessThan(400);

    // Decode the file in the browser and look at its pixels: the map part has many colours, the band has ink.
    const pixels = await page.evaluate(
      async ({ base64, mapHeight }) => {
        const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
        const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d');
        if (context === null) throw new Error('no 2d context');
        context.drawImage(bitmap, 0, 0);
        const colours = new Set<number>();
        const map = context.getImageData(0, 0, bitmap.width, mapHeight).data;
        for (let index = 0; index < map.length; index += 4 * 13) colours.add(((map[index] ?? 0) << 16) | ((map[index + 1] ?? 0) << 8) | (map[index + 2] ?? 0));
        const band = context.getImageData(0, mapHeight, bitmap.width, bitmap.height - mapHeight).data;
        let ink = 0;
        for (let index = 0; index < band.length; index += 4) if ((band[index] ?? 255) + (band[index + 1] ?? 255) + (band[index + 2] ?? 255) < 300) ink += 1;
        return { mapColours: colours.size, inkPixels: ink };
      },
      { base64: png.bytes.toString('base64'), mapHeight: canvas.height },
    );
    expect(pixels.mapColours).toBeGreaterThan(50);
    expect(pixels.inkPixels).toBeGreaterThan(2000);
  });
});
