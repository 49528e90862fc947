/**
 * The export files, relative to the app's base URL. `npm run data` writes them under public/data/exports/ (the
 * LPF gazetteer under public/data/), so `npm run build` ships them and the Export menu links to them.
 */
export const EXPORT_FILES = {
  geojson: 'data/exports/telegram-1951-01-04.geojson',
  csv: 'data/exports/mentions.csv',
  tei: 'data/exports/telegram-1951-01-04.tei.xml',
  lpf: 'data/gazetteer.lpf.json',
  outcome: 'data/exports/outcome.geojson',
  // For QGIS and other GIS: one file per geometry kind, and the statements (no geometry) as a table.
  gisPoints: 'data/exports/gis/telegram-points.geojson',
  gisLines: 'data/exports/gis/telegram-lines.geojson',
  gisPolygons: 'data/exports/gis/telegram-polygons.geojson',
  gisStatements: 'data/exports/gis/telegram-statements.csv',
  gisOutcomePoints: 'data/exports/gis/outcome-points.geojson',
  gisOutcomeLines: 'data/exports/gis/outcome-lines.geojson',
  gisOutcomeUnplaced: 'data/exports/gis/outcome-unplaced.csv',
  /** The bibliography, written through citation.js (geo/build/bibliography-export.ts). */
  bibliographyCsl: 'data/exports/bibliography.csl.json',
  bibtex: 'data/exports/bibliography.bib',
} as const;

/** The build's output path for a file of EXPORT_FILES (relative to public/data/). */
export function buildOutputPath(file: string): string {
  return file.replace(/^data\//, '');
}
