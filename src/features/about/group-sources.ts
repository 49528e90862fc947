import type { ShownSource, WorkGrade } from '../../../geo/schema/about-schema';

export interface SourcesOfWork {
  ref: string;
  short: string;
  grade: WorkGrade;
  url?: string;
  /** Distinct locators, in the order cited. */
  locators: string[];
  supports: string[];
}

/** One entry per work, in the order works are first cited, so a paragraph lists the telegram once, not five times. */
export function groupByWork(sources: readonly ShownSource[]): SourcesOfWork[] {
  const works = new Map<string, SourcesOfWork>();
  for (const source of sources) {
    const work = works.get(source.ref) ?? { ref: source.ref, short: source.short, grade: source.grade, ...(source.url === undefined ? {} : { url: source.url }), locators: [], supports: [] };
    if (source.locator !== undefined && !work.locators.includes(source.locator)) work.locators.push(source.locator);
    work.supports.push(source.supports);
    works.set(source.ref, work);
  }
  return [...works.values()];
}
