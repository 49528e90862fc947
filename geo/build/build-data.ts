/**
 * `npm run data`: validates everything in geo/ and writes the app's JSON into public/data/.
 * Any invalid record stops the build with a message naming the file, the record and the field.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection } from 'geojson';
import { checkCitations, citationsIn, loadBibliography } from './bibliography';
import { citedWorks } from './bibliography-export';
import { loadAbout } from './about';
import { loadBasemap, loadDataset } from './dataset';
import { buildExports } from './exports';
import { loadVocabularies } from './gazetteer-links';
import { toLinkedPlaces } from './linked-places';
import { buildOutcomeLayer, loadOutcome } from './outcome';
import { placesToGeoJson } from './places-geojson';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadPeople, loadStatements, loadUnits } from './situation';
import { loadComparisons } from './comparisons';
import { loadTour } from './tour';
import { unitSymbolSvgs } from './unit-symbols';
import { loadDecoderData } from './decoder-data';
import { buildDecoderSuggestions } from './decoder-suggestions';
import { DataError, readJsonFile } from './validate';
import { uiTexts } from '../fonts/ui-texts';
import { writeUiFonts } from '../fonts/build-ui-fonts';
import type { Place } from '../schema/place-schema';
import type { Telegram } from '../schema/telegram-schema';

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

/** The candidates of mentions identified on their own, by the place they name, so the map draws them with it. */
function mentionAlternatives(telegram: Telegram): Map<string, NonNullable<Place['alternatives']>> {
  const byPlace = new Map<string, NonNullable<Place['alternatives']>>();
  for (const mention of telegram.mentions ?? []) byPlace.set(mention.place, [...(byPlace.get(mention.place) ?? []), ...(mention.alternatives ?? [])]);
  return byPlace;
}

/** Reads and checks everything in `geoDir` and returns the files to write; throws a DataError on bad input. */
export function build(geoDir: string): Record<string, string> {
  const dataset = loadDataset(geoDir);
  const basemap = loadBasemap(join(geoDir, 'basemap', 'out'), SHIPPED_BASEMAP_FILES);
  const people = loadPeople(join(geoDir, 'situation', 'people.json'));
  const units = loadUnits(join(geoDir, 'situation', 'units.json'), dataset.telegram, people);
  const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), dataset.telegram, units, dataset.places);
  const outcome = loadOutcome(join(geoDir, 'outcome', 'events.json'), dataset.places);
  const tour = loadTour(join(geoDir, 'tour', 'tour.json'), dataset.telegram, dataset.places, outcome);
  const comparisons = loadComparisons(join(geoDir, 'outcome', 'comparisons.json'), dataset.telegram, statements, outcome);
  const bibliographyFile = join(geoDir, 'sources', 'bibliography.json');
  const bibliography = loadBibliography(bibliographyFile);
  const situationDir = join(geoDir, 'situation');
  checkCitations(bibliography, bibliographyFile, [
    { file: join(geoDir, 'telegram', 'telegram.json'), recordId: 'source', field: 'source.ref', ref: dataset.telegram.source.ref },
    ...(dataset.telegram.mentions ?? []).flatMap((mention, index) => citationsIn(mention, join(geoDir, 'telegram', 'telegram.json'), mention.sentenceId, `mentions[${index}]`)),
    ...dataset.places.flatMap((place) => citationsIn(place, join(geoDir, 'places', `${place.id}.json`), place.id)),
    ...units.flatMap((unit, index) => citationsIn(unit, join(situationDir, 'units.json'), unit.id, `units[${index}]`)),
    ...people.flatMap((person, index) => citationsIn(person, join(situationDir, 'people.json'), person.id, `people[${index}]`)),
    ...statements.flatMap((statement, index) => citationsIn(statement, join(situationDir, 'statements.json'), statement.id, `statements[${index}]`)),
    ...outcome.flatMap((event, index) => citationsIn(event, join(geoDir, 'outcome', 'events.json'), event.id, `events[${index}]`)),
    // The introduction and glossary cite the same bibliography (geo/about/).
    ...['about.json', 'glossary.json'].flatMap((name) => citationsIn(readJsonFile(join(geoDir, 'about', name)), join(geoDir, 'about', name), name)),
  ]);
  // The introduction and glossary, their sources checked against the bibliography.
  const about = loadAbout(geoDir);
  const works = citedWorks(bibliography);
  const worksById = new Map(works.map((work) => [work.id, work]));
  const drawnPlaces = withDrawnRivers(dataset.places, basemap['rivers-coarse.geojson'] as FeatureCollection);
  const situation = buildSituation(statements, drawnPlaces, units);
  const files: Record<string, string> = {
    'telegram.json': JSON.stringify(dataset.telegram),
    'bibliography.json': JSON.stringify(works),
    'about.json': JSON.stringify(about),
    'places.json': JSON.stringify(dataset.places),
    'places.geojson': JSON.stringify(placesToGeoJson(drawnPlaces, mentionAlternatives(dataset.telegram))),
    'gazetteer.lpf.json': JSON.stringify(toLinkedPlaces(dataset.places, dataset.telegram, loadVocabularies(geoDir, dataset.places), worksById)),
    'mentions.json': JSON.stringify(dataset.mentions),
    'units.json': JSON.stringify(units),
    'people.json': JSON.stringify(people),
    'statements.json': JSON.stringify(statements),
    'situation.geojson': JSON.stringify(situation),
    // The outcome (what happened) stays in files of its own, apart from the telegram's.
    'outcome.json': JSON.stringify(outcome),
    'outcome.geojson': JSON.stringify(buildOutcomeLayer(outcome, drawnPlaces)),
    'tour.json': JSON.stringify(tour),
    'comparisons.json': JSON.stringify(comparisons),
    ...buildExports({ telegram: dataset.telegram, places: dataset.places, mentions: dataset.mentions, situation, statements, units, outcome, bibliography }),
  };
  // The transliteration decoder: its data (loaded only when a spelling is decoded) and the cards' suggestions.
  const decoderData = loadDecoderData(join(geoDir, 'decoder'));
  files['decoder.json'] = JSON.stringify(decoderData);
  Object.assign(files, buildDecoderSuggestions(dataset.places, decoderData));
  for (const [name, svg] of Object.entries(unitSymbolSvgs(units))) files[join('symbols', `${name}.svg`)] = svg;
  for (const [name, layer] of Object.entries(basemap)) files[join('basemap', name)] = JSON.stringify(layer);
  return files;
}

/** Only a wholly valid geo/ replaces the previous output; then the UI fonts are cut to the characters it shows. */
async function main(): Promise<void> {
  try {
    const files = build(geoDir);
    rmSync(outDir, { recursive: true, force: true });
    for (const [name, text] of Object.entries(files)) writeText(name, text);
    console.log(`data: ${Object.keys(files).length} files -> ${outDir}`);
    const fonts = await writeUiFonts(outDir, [...Object.values(files), ...uiTexts(repoDir)]);
    console.log(`data: ${fonts.characters} CJK characters in ${fonts.files} font files, ${Math.round(fonts.bytes / 1024)} kB -> ${join(outDir, 'fonts')}`);
  } catch (error) {
    if (error instanceof DataError) {
      console.error(`data: invalid input: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

// Run as a command (`npm run data`); imported by the tests, it only exports `build`.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
