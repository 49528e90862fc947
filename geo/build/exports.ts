import type { FeatureCollection } from 'geojson';
import { join } from 'node:path';
import { exportCredits } from '../../src/domain/export/credits';
import { buildOutputPath, EXPORT_FILES } from '../../src/domain/export/export-files';
import { telegramGeoJson } from '../../src/domain/export/geojson-export';
import { mentionsCsv } from '../../src/domain/export/mentions-csv';
import { telegramTei } from '../../src/domain/export/tei-export';
import { findMentions } from '../../src/domain/mention-matcher';
import { BASEMAP_ATTRIBUTION } from '../../src/map/basemap-layers';
import type { BibliographyEntry } from '../schema/bibliography-schema';
import type { Place } from '../schema/place-schema';
import type { Statement, Unit } from '../schema/situation-schema';
import type { Telegram } from '../schema/telegram-schema';
import { bibliographyBibtex, bibliographyCslJson, citedWorks } from './bibliography-export';
import { loadBibliography } from './bibliography';
import { loadBasemap, loadDataset } from './dataset';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadStatements, loadUnits } from './situation';

export interface ExportSources {
  telegram: Telegram;
  places: Place[];
  /** The gazetteer with rivers drawn along the basemap, as the map's situation layer is built from it. */
  drawnPlaces: Place[];
  statements: Statement[];
  units: Unit[];
  /** geo/sources/bibliography.json: exported as CSL-JSON and BibTeX, and the citations of every source. */
  bibliography: BibliographyEntry[];
}

/** The downloadable exports (README, "Exports"), keyed by their path under public/data/. */
export function buildExports({ telegram, places, drawnPlaces, statements, units, bibliography }: ExportSources): Record<string, string> {
  const worksById = new Map(citedWorks(bibliography).map((work) => [work.id, work]));
  const mentions = findMentions(telegram, places);
  const credits = exportCredits(telegram.source, BASEMAP_ATTRIBUTION);
  const situation = buildSituation(statements, drawnPlaces, units);
  return {
    [buildOutputPath(EXPORT_FILES.geojson)]: JSON.stringify(telegramGeoJson({ telegram, places, statements, units, mentions, situation, credits, works: worksById })),
    [buildOutputPath(EXPORT_FILES.csv)]: mentionsCsv(telegram, places, mentions, credits, worksById),
    [buildOutputPath(EXPORT_FILES.tei)]: telegramTei(telegram, places, mentions, credits),
    [buildOutputPath(EXPORT_FILES.bibliographyCsl)]: bibliographyCslJson(bibliography),
    [buildOutputPath(EXPORT_FILES.bibtex)]: bibliographyBibtex(bibliography),
  };
}

/** Reads geo/ the way `npm run data` does, for the export tests. */
export function loadExportSources(geoDir: string): ExportSources {
  const { telegram, places } = loadDataset(geoDir);
  const rivers = loadBasemap(join(geoDir, 'basemap', 'out'), ['rivers-coarse.geojson'])['rivers-coarse.geojson'] as FeatureCollection;
  const units = loadUnits(join(geoDir, 'situation', 'units.json'));
  const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), telegram, units, places);
  const bibliography = loadBibliography(join(geoDir, 'sources', 'bibliography.json'));
  return { telegram, places, drawnPlaces: withDrawnRivers(places, rivers), statements, units, bibliography };
}
