import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import type { BibliographyEntry } from '../schema/bibliography-schema';
import type { CitedWork } from '../../src/domain/bibliography';

// BibTeX keys are the project's own keys, so a LaTeX user's \cite{} matches the data and the CSL-JSON.
// The keys are kebab-case ASCII, which BibTeX accepts, so citation.js's label check (which drops hyphens) is off.
// asciiOnly would drop every Hangul and Hanja character of a title: the file is UTF-8 (biber, bibtexu) instead.
const bibtexFormat = (plugins.config.get('@bibtex') as { format: { checkLabel: boolean; asciiOnly: boolean } }).format;
bibtexFormat.checkLabel = false;
bibtexFormat.asciiOnly = false;

/** The citation as the cards show it (APA, the style citation.js ships with); the card links the address itself. */
export function formatCitation(entry: BibliographyEntry): string {
  const withoutAddress: Partial<BibliographyEntry> = { ...entry };
  delete withoutAddress.URL;
  delete withoutAddress.note;
  return new Cite(withoutAddress).format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }).trim();
}

/** What the app needs of each work: the formatted citation, the grade and the addresses, keyed by id. */
export function citedWorks(entries: readonly BibliographyEntry[]): CitedWork[] {
  return entries.map((entry) => ({
    id: entry.id,
    grade: entry.custom.grade,
    citation: formatCitation(entry),
    ...(entry.URL === undefined ? {} : { url: entry.URL }),
    ...(entry.custom.alsoAt === undefined ? {} : { alsoAt: entry.custom.alsoAt }),
    ...(entry.custom.copiesRead === undefined ? {} : { copiesRead: entry.custom.copiesRead }),
  }));
}

/** The bibliography as CSL-JSON, written by citation.js (Zotero, Pandoc and citeproc read it). */
export function bibliographyCslJson(entries: readonly BibliographyEntry[]): string {
  return `${new Cite([...entries]).format('data', { format: 'text' })}\n`;
}

/** The bibliography as BibTeX, written by citation.js; keys are the bibliography keys. */
export function bibliographyBibtex(entries: readonly BibliographyEntry[]): string {
  return new Cite(entries.map((entry) => ({ ...entry, 'citation-key': entry.id }))).format('bibtex', { format: 'text' });
}
