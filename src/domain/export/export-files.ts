/**
 * The export files, relative to the app's base URL. `npm run data` writes them under public/data/exports/ (the
 * LPF gazetteer under public/data/), so `npm run build` ships them and the Export menu links to them.
 */
export const EXPORT_FILES = {
  geojson: 'data/exports/telegram-1951-01-04.geojson',
  csv: 'data/exports/mentions.csv',
  tei: 'data/exports/telegram-1951-01-04.tei.xml',
  lpf: 'data/gazetteer.lpf.json',
  /** The bibliography, written through citation.js (geo/build/bibliography-export.ts). */
  bibliographyCsl: 'data/exports/bibliography.csl.json',
  bibtex: 'data/exports/bibliography.bib',
} as const;

/** The build's output path for a file of EXPORT_FILES (relative to public/data/). */
export function buildOutputPath(file: string): string {
  return file.replace(/^data\//, '');
}
