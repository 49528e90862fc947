import type { SourceRef } from '../../geo/schema/bibliography-schema';
import { GRADES, type Grade } from '../../geo/schema/grades';

/** A work of the bibliography as the app reads it (public/data/bibliography.json, written by `npm run data`). */
export interface CitedWork {
  id: string;
  grade: Grade;
  /** The formatted citation (APA), from the CSL-JSON entry. */
  citation: string;
  /** The work's own address. */
  url?: string;
  /** Other addresses of the same work (the telegram's address as printed in the copy received). */
  alsoAt?: string[];
  /** Copies actually read, when the work was read in a mirror, scan or translation. */
  copiesRead?: { url?: string; note?: string }[];
}

export const GRADE_LABEL: Record<Grade, string> = {
  'archival-primary': 'archival primary',
  'official-history': 'official history',
  scholarly: 'scholarly',
  press: 'press',
  reference: 'reference work',
  'forum-blog': 'forum or blog',
};

/** What each grade means, for the legend. */
export const GRADE_MEANING: Record<Grade, string> = {
  'archival-primary': 'a document of the time, or its published edition (the telegram, a 1922 government publication)',
  'official-history': 'a history written by a state\'s military history office (US Army Center of Military History, US Air Force)',
  scholarly: 'an academic book or journal article',
  press: 'newspapers, magazines and popular histories from a publisher',
  reference: 'encyclopedias, dictionaries and gazetteers, Wikipedia among them',
  'forum-blog': 'forum posts, blogs, self-published and machine-written pages: a lead, not a proof',
};

export function gradeRank(grade: Grade): number {
  return GRADES.indexOf(grade);
}

export interface ResolvedSource extends SourceRef {
  /** Undefined only when the data and the bibliography disagree (the build prevents it). */
  work: CitedWork | undefined;
}

/** The references with their works, strongest grade first; equal grades keep the data's order. */
export function sourcesStrongestFirst(refs: readonly SourceRef[], works: ReadonlyMap<string, CitedWork>): ResolvedSource[] {
  const rank = (source: ResolvedSource): number => (source.work === undefined ? GRADES.length : gradeRank(source.work.grade));
  return refs
    .map((ref) => ({ ...ref, work: works.get(ref.ref) }))
    .map((source, index) => ({ source, index }))
    .sort((a, b) => rank(a.source) - rank(b.source) || a.index - b.index)
    .map(({ source }) => source);
}

/** True when every source of a claim is a forum or blog post: the card must then say so in words. */
export function onlyForumOrBlog(sources: readonly ResolvedSource[]): boolean {
  return sources.length > 0 && sources.every((source) => source.work?.grade === 'forum-blog');
}

/** A reference as one line of text for exports: the formatted citation, its locator, what it supports. */
export function sourceText(source: SourceRef, works: ReadonlyMap<string, CitedWork>): string {
  const citation = works.get(source.ref)?.citation ?? source.ref;
  return source.locator === undefined ? citation : `${citation} (${source.locator})`;
}
