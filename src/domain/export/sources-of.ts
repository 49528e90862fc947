import type { Place, Source } from '../../../geo/schema/place-schema';

/**
 * What the exports say about a record's sources, read through this one function so that the exports follow the
 * source model wherever it is kept (today each record's own `sources`; a shared bibliography later).
 */
export interface SourceSummary {
  title: string;
  url: string | null;
  /** What the source establishes for this record. */
  supports: string;
  /** How far the source can be trusted; null while the data grades no source. */
  grade: string | null;
  /** One line naming the source: author, title, reference. */
  label: string;
}

export function sourcesOf(record: { readonly sources?: readonly Source[] }): SourceSummary[] {
  return (record.sources ?? []).map((source) => ({
    title: source.title,
    url: source.url ?? null,
    supports: source.supports,
    grade: null,
    label: [source.author, source.title, source.ref].filter((part) => part !== undefined).join(', '),
  }));
}

// A coordinate in what a source supports: "37°34′08″N" or a decimal such as "37.5689".
const COORDINATE = /\d+\s*°|\b\d{2,3}\.\d{3,}/;

/** The sources a place's coordinates (or the corners of its area) were taken from. */
export function coordinateSourcesOf(place: Pick<Place, 'sources'>): SourceSummary[] {
  return sourcesOf(place).filter((source) => COORDINATE.test(source.supports));
}
