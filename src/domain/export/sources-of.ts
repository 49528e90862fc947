import type { SourceRef } from '../../../geo/schema/bibliography-schema';
import { sourcesStrongestFirst, sourceText, type CitedWork } from '../bibliography';

/**
 * What the exports say about a record's sources, read through this one function: each reference resolved in the
 * bibliography (geo/sources/bibliography.json), strongest grade first.
 */
export interface SourceSummary {
  /** The work's formatted citation (the key itself if the bibliography lacks it, which the data build prevents). */
  title: string;
  /** The work's own address, never the copy read; null for a work without one (an archive file). */
  url: string | null;
  /** What the source establishes for this record. */
  supports: string;
  grade: string | null;
  /** One line naming the source: the citation and its locator. */
  label: string;
}

export function sourcesOf(record: { readonly sources?: readonly SourceRef[] }, works: ReadonlyMap<string, CitedWork>): SourceSummary[] {
  return sourcesStrongestFirst(record.sources ?? [], works).map(({ work, ...source }) => ({
    title: work?.citation ?? source.ref,
    url: work?.url ?? null,
    supports: source.supports,
    grade: work?.grade ?? null,
    label: sourceText(source, works),
  }));
}

// A coordinate in what a source supports: "37°34′08″N" or a decimal such as "37.5689".
const COORDINATE = /\d+\s*°|\b\d{2,3}\.\d{3,}/;

/** The sources a place's coordinates (or the corners of its area) were taken from. */
export function coordinateSourcesOf(place: { readonly sources?: readonly SourceRef[] }, works: ReadonlyMap<string, CitedWork>): SourceSummary[] {
  return sourcesOf(place, works).filter((source) => COORDINATE.test(source.supports));
}
