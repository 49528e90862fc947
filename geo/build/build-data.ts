/**
 * `npm run data`: validates everything in geo/ and writes the app's JSON into public/data/.
 * Any invalid record stops the build with a message naming the file, the record and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { findMentions } from '../../src/domain/mention-matcher';
import { loadBasemap, loadDataset } from './dataset';
import { toLinkedPlaces } from './linked-places';
import { placesToGeoJson } from './places-geojson';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadStatements, loadUnits } from './situation';
import { unitSymbolSvgs } from './unit-symbols';
import { DataError } from './validate';

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// GEO_DIR and DATA_OUT_DIR let the tests run the real command on broken fixtures.
const geoDir = resolve(process.env.GEO_DIR ?? join(repoDir, 'geo'));
const outDir = resolve(process.env.DATA_OUT_DIR ?? join(repoDir, 'public', 'data'));

function writeText(name: string, text: string): void {
  const file = join(outDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
function writeJson(name: string, value: unknown): void {
  writeText(name, JSON.stringify(value));
}

try {
  const dataset = loadDataset(geoDir);
  writeJson('telegram.json', dataset.telegram);
  writeJson('places.json', dataset.places);
  const basemap = loadBasemap(join(geoDir, 'basemap', 'out'));
  const drawnPlaces = withDrawnRivers(dataset.places, basemap['rivers-coarse.geojson'] as FeatureCollection);
  writeJson('places.geojson', placesToGeoJson(drawnPlaces));
  writeJson('gazetteer.lpf.json', toLinkedPlaces(dataset.places, dataset.telegram));
  writeJson('mentions.json', findMentions(dataset.telegram, dataset.places));
  const units = loadUnits(join(geoDir, 'situation', 'units.json'));
  const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), dataset.telegram, units, dataset.places);
  writeJson('units.json', units);
  writeJson('statements.json', statements);
  writeJson('situation.geojson', buildSituation(statements, drawnPlaces, units));
  const symbols = unitSymbolSvgs(units);
  for (const [name, svg] of Object.entries(symbols)) writeText(join('symbols', `${name}.svg`), svg);
  for (const [name, collection] of Object.entries(basemap)) writeJson(join('basemap', name), collection);
  console.log(`data: ${dataset.places.length} places, ${dataset.telegram.blocks.length} blocks -> ${outDir}`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`data: invalid input: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
