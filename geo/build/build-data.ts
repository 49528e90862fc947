/**
 * `npm run data`: validates everything in geo/ and writes the app's JSON into public/data/.
 * Any invalid record stops the build with a message naming the file, the record and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBasemap, loadDataset } from './dataset';
import { DataError } from './validate';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// GEO_DIR and DATA_OUT_DIR let the tests run the real command on broken fixtures.
const geoDir = resolve(process.env.GEO_DIR ?? join(repoDir, 'geo'));
const outDir = resolve(process.env.DATA_OUT_DIR ?? join(repoDir, 'public', 'data'));

function writeJson(name: string, value: unknown): void {
  const file = join(outDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(value));
}

try {
  const dataset = loadDataset(geoDir);
  writeJson('telegram.json', dataset.telegram);
  writeJson('places.json', dataset.places);
  const basemap = loadBasemap(join(geoDir, 'basemap', 'out'));
  for (const [name, collection] of Object.entries(basemap)) writeJson(join('basemap', name), collection);
  console.log(`data: ${dataset.places.length} places, ${dataset.telegram.blocks.length} blocks -> ${outDir}`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`data: invalid input: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
