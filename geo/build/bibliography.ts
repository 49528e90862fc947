import { bibliographyEntrySchema, type BibliographyEntry } from '../schema/bibliography-schema';
import { DataError, readJsonFile, validate } from './validate';

/** Reads geo/sources/bibliography.json (CSL-JSON: an array of items), each item checked on its own so errors name it. */
export function loadBibliography(file: string): BibliographyEntry[] {
  const value = readJsonFile(file);
  if (!Array.isArray(value) || value.length === 0) throw new DataError(file, undefined, undefined, 'must be a CSL-JSON array with at least one item');
  const seen = new Set<string>();
  return value.map((item: unknown, index) => {
    const entry = validate(bibliographyEntrySchema, item, file);
    if (seen.has(entry.id)) throw new DataError(file, entry.id, `[${index}].id`, 'duplicate bibliography key');
    seen.add(entry.id);
    return entry;
  });
}

/** One source reference found in geo/ data, with where it stands. */
export interface Citation {
  file: string;
  recordId: string;
  field: string;
  ref: string;
}

function isSourceRef(value: unknown): value is { ref: string; supports: unknown } {
  return typeof value === 'object' && value !== null && typeof (value as { ref?: unknown }).ref === 'string' && 'supports' in value;
}

/** Every `{ ref, supports }` object inside `value`, with its field path (e.g. "alternatives[0].sources[1].ref"). */
export function citationsIn(value: unknown, file: string, recordId: string, path = ''): Citation[] {
  if (isSourceRef(value)) return [{ file, recordId, field: `${path}.ref`.replace(/^\./, ''), ref: value.ref }];
  if (Array.isArray(value)) return value.flatMap((item, index) => citationsIn(item, file, recordId, `${path}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => citationsIn(item, file, recordId, path === '' ? key : `${path}.${key}`));
  }
  return [];
}

/** Fails on a key the bibliography does not have, naming file, record and field, and on an entry nothing cites. */
export function checkCitations(bibliography: readonly BibliographyEntry[], bibliographyFile: string, citations: readonly Citation[]): void {
  const keys = new Set(bibliography.map((entry) => entry.id));
  for (const citation of citations) {
    if (!keys.has(citation.ref)) throw new DataError(citation.file, citation.recordId, citation.field, `unknown bibliography key "${citation.ref}" (not in ${bibliographyFile})`);
  }
  const cited = new Set(citations.map((citation) => citation.ref));
  const uncited = bibliography.find((entry) => !cited.has(entry.id));
  if (uncited !== undefined) throw new DataError(bibliographyFile, uncited.id, 'id', 'no record in geo/ cites this entry; cite it or remove it');
}
