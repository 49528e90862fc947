/**
 * `npm run data`: validates everything in geo/ and writes the app's JSON into public/data/.
 * Any invalid record stops the build with a message naming the file, the record and the field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { findMentions } from '../../src/domain/mention-matcher';
import { loadAbout } from './about';
import { loadBasemap, loadDataset } from './dataset';
import { buildExports } from './exports';
import { loadVocabularies } from './gazetteer-links';
import { toLinkedPlaces } from './linked-places';
import { buildOutcomeLayer, loadOutcome } from './outcome';
import { placesToGeoJson } from './places-geojson';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadStatements, loadUnits } from './situation';
import { loadComparisons } from './comparisons';
import { loadTour } from './tour';
import { unitSymbolSvgs } from './unit-symbols';
import { loadDecoderData } from './decoder-data';
import { buildDecoderSuggestions } from './decoder-suggestions';
import { DataError } from './validate';

/** Only the layers the map draws (src/map/basemap-layers.ts); the -detail files in geo/basemap/out are not shipped. */
const SHIPPED_BASEMAP_FILES = ['land-coarse.geojson', 'rivers-coarse.geojson', 'lakes.geojson', 'parallel-38.geojson'];

const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// GEO_DIR and DATA_OUT_DIR let the tests run the real command on broken fixtures.
const geoDir = resolve(process.env.GEO_DIR ?? join(repoDir, 'geo'));
const outDir = resolve(process.env.DATA_OUT_DIR ?? join(repoDir, 'public', 'data'));

function writeText(name: string, text: string): void {
  const file = join(outDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Reads and checks everything first; only a wholly valid geo/ replaces the previous output. */
function build(): Record<string, string> {
  const dataset = loadDataset(geoDir);
  const basemap = loadBasemap(join(geoDir, 'basemap', 'out'), SHIPPED_BASEMAP_FILES);
  const units = loadUnits(join(geoDir, 'situation', 'units.json'));
  const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), dataset.telegram, units, dataset.places);
  const outcome = loadOutcome(join(geoDir, 'outcome', 'events.json'), dataset.places);
  const tour = loadTour(join(geoDir, 'tour', 'tour.json'), dataset.telegram, dataset.places, outcome);
  const comparisons = loadComparisons(join(geoDir, 'outcome', 'comparisons.json'), dataset.telegram, statements, outcome);
  // The introduction and glossary, their sources checked against the bibliography.
  const about = loadAbout(geoDir);
  const drawnPlaces = withDrawnRivers(dataset.places, basemap['rivers-coarse.geojson'] as FeatureCollection);
  const files: Record<string, string> = {
    'telegram.json': JSON.stringify(dataset.telegram),
    'about.json': JSON.stringify(about),
    'places.json': JSON.stringify(dataset.places),
    'places.geojson': JSON.stringify(placesToGeoJson(drawnPlaces)),
    'gazetteer.lpf.json': JSON.stringify(toLinkedPlaces(dataset.places, dataset.telegram, loadVocabularies(geoDir, dataset.places))),
    'mentions.json': JSON.stringify(findMentions(dataset.telegram, dataset.places)),
    'units.json': JSON.stringify(units),
    'statements.json': JSON.stringify(statements),
    'situation.geojson': JSON.stringify(buildSituation(statements, drawnPlaces, units)),
    // The outcome (what happened) stays in files of its own, apart from the telegram's.
    'outcome.json': JSON.stringify(outcome),
    'outcome.geojson': JSON.stringify(buildOutcomeLayer(outcome, drawnPlaces)),
    'tour.json': JSON.stringify(tour),
    'comparisons.json': JSON.stringify(comparisons),
    ...buildExports({ telegram: dataset.telegram, places: dataset.places, drawnPlaces, statements, units, outcome }),
  };
  // The transliteration decoder: its data (loaded only when a spelling is decoded) and the cards' suggestions.
  const decoderData = loadDecoderData(join(geoDir, 'decoder'));
  files['decoder.json'] = JSON.stringify(decoderData);
  Object.assign(files, buildDecoderSuggestions(dataset.places, decoderData));
  for (const [name, svg] of Object.entries(unitSymbolSvgs(units))) files[join('symbols', `${name}.svg`)] = svg;
  for (const [name, layer] of Object.entries(basemap)) files[join('basemap', name)] = JSON.stringify(layer);
  return files;
}

try {
  const files = build();
  rmSync(outDir, { recursive: true, force: true });
  for (const [name, text] of Object.entries(files)) writeText(name, text);
  console.log(`data: ${Object.keys(files).length} files -> ${outDir}`);
} catch (error) {
  if (error instanceof DataError) {
    console.error(`data: invalid input: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
