import type { FeatureCollection } from 'geojson';
import { join } from 'node:path';
import { exportCredits } from '../../src/domain/export/credits';
import { buildOutputPath, EXPORT_FILES } from '../../src/domain/export/export-files';
import { telegramGeoJson } from '../../src/domain/export/geojson-export';
import { rowsCsv, splitForGis } from '../../src/domain/export/gis-layers';
import { mentionsCsv } from '../../src/domain/export/mentions-csv';
import { outcomeGeoJson } from '../../src/domain/export/outcome-export';
import { telegramTei } from '../../src/domain/export/tei-export';
import type { Mention } from '../../src/domain/mention-matcher';
import { BASEMAP_ATTRIBUTION } from '../../src/shared/basemap-credit';
import type { OutcomeEvent } from '../schema/outcome-schema';
import type { BibliographyEntry } from '../schema/bibliography-schema';
import type { Place } from '../schema/place-schema';
import type { Statement, Unit } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { bibliographyBibtex, bibliographyCslJson, citedWorks } from './bibliography-export';
import { loadBibliography } from './bibliography';
import { loadBasemap, loadDataset } from './dataset';
import { loadOutcome } from './outcome';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadStatements, loadUnits } from './situation';

export interface ExportSources {
  telegram: Telegram;
  places: Place[];
  mentions: Mention[];
  /** The map's situation layer, as `npm run data` writes it. */
  situation: FeatureCollection;
  statements: Statement[];
  units: Unit[];
  outcome: OutcomeEvent[];
  /** geo/sources/bibliography.json: exported as CSL-JSON and BibTeX, and the citations of every source. */
  bibliography: BibliographyEntry[];
}

/** The fields GDAL and QGIS must type DateTime (README, "Open it in QGIS"). */
export const TIME_FIELDS = ['start', 'end'] as const;

const path = (file: string): string => buildOutputPath(file);
const csvtPath = (file: string): string => path(file).replace(/\.csv$/, '.csvt');

/** The downloadable exports (README, "Exports"), keyed by their path under public/data/. */
export function buildExports({ telegram, places, mentions, situation, statements, units, outcome, bibliography }: ExportSources): Record<string, string> {
  const worksById = new Map(citedWorks(bibliography).map((work) => [work.id, work]));
  const credits = exportCredits(telegram.source, BASEMAP_ATTRIBUTION);
  const telegramCollection = telegramGeoJson({ telegram, places, statements, units, mentions, situation, credits, works: worksById });
  const outcomeCollection = outcomeGeoJson(outcome, places, credits.citation, worksById);
  const gis = splitForGis(telegramCollection, { name: telegramCollection.name, citation: credits.citation, attribution: credits.attribution });
  const gisOutcome = splitForGis(outcomeCollection, { name: outcomeCollection.name, citation: outcomeCollection.citation, note: outcomeCollection.note });
  // A CSV has no header note: the telegram's citation goes on every row, as in the mentions CSV.
  const statementTable = rowsCsv(gis.rows.map((row) => ({ ...row, document_citation: credits.citation })), TIME_FIELDS);
  const unplacedTable = rowsCsv(gisOutcome.rows, TIME_FIELDS);
  // EXPORT_FILES has no outcome areas file: fail rather than drop outcome areas if the data ever draws some.
  if (gisOutcome.layers.polygons.features.length > 0) throw new Error('exports: the outcome now has areas; add an outcome polygons file to EXPORT_FILES');
  return {
    [path(EXPORT_FILES.geojson)]: JSON.stringify(telegramCollection),
    [path(EXPORT_FILES.csv)]: mentionsCsv(telegram, places, mentions, credits, worksById),
    [path(EXPORT_FILES.tei)]: telegramTei(telegram, places, mentions, credits),
    [path(EXPORT_FILES.outcome)]: JSON.stringify(outcomeCollection),
    [path(EXPORT_FILES.gisPoints)]: JSON.stringify(gis.layers.points),
    [path(EXPORT_FILES.gisLines)]: JSON.stringify(gis.layers.lines),
    [path(EXPORT_FILES.gisPolygons)]: JSON.stringify(gis.layers.polygons),
    [path(EXPORT_FILES.gisStatements)]: statementTable.csv,
    [csvtPath(EXPORT_FILES.gisStatements)]: statementTable.csvt,
    [path(EXPORT_FILES.gisOutcomePoints)]: JSON.stringify(gisOutcome.layers.points),
    [path(EXPORT_FILES.gisOutcomeLines)]: JSON.stringify(gisOutcome.layers.lines),
    [path(EXPORT_FILES.gisOutcomeUnplaced)]: unplacedTable.csv,
    [csvtPath(EXPORT_FILES.gisOutcomeUnplaced)]: unplacedTable.csvt,
    [path(EXPORT_FILES.bibliographyCsl)]: bibliographyCslJson(bibliography),
    [path(EXPORT_FILES.bibtex)]: bibliographyBibtex(bibliography),
  };
}

/** Reads geo/ the way `npm run data` does, for the export tests. */
export function loadExportSources(geoDir: string): ExportSources {
  const { telegram, places, mentions } = loadDataset(geoDir);
  const rivers = loadBasemap(join(geoDir, 'basemap', 'out'), ['rivers-coarse.geojson'])['rivers-coarse.geojson'] as FeatureCollection;
  const units = loadUnits(join(geoDir, 'situation', 'units.json'));
  const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), telegram, units, places);
  const outcome = loadOutcome(join(geoDir, 'outcome', 'events.json'), places);
  const bibliography = loadBibliography(join(geoDir, 'sources', 'bibliography.json'));
  return { telegram, places, mentions, situation: buildSituation(statements, withDrawnRivers(places, rivers), units), statements, units, outcome, bibliography };
}
