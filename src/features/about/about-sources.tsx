import type { ShownSource, WorkGrade } from '../../../geo/schema/about-schema';
import { groupByWork } from './group-sources';

const GRADE_WORDS: Record<WorkGrade, string> = {
  'archival-primary': 'archival primary',
  'official-history': 'official history',
  scholarly: 'scholarly',
  press: 'press',
  'reference-work': 'reference work',
  'forum-or-blog': 'forum or blog',
};

/** The sources under a paragraph, one short line per work: work, grade, the places in it cited. */
export function AboutSources({ sources }: { sources: readonly ShownSource[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="about-sources" aria-label="Sources">
      {groupByWork(sources).map((work) => (
        <li key={work.ref} title={`Supports: ${work.supports.join('; ')}`}>
          {work.url === undefined ? (
            <cite>{work.short}</cite>
          ) : (
            <a href={work.url} rel="noreferrer" target="_blank">
              <cite>{work.short}</cite>
            </a>
          )}
          <span className={`about-grade grade-${work.grade}`}>{GRADE_WORDS[work.grade]}</span>
          {work.locators.length > 0 && <span className="about-locator">{work.locators.join('; ')}</span>}
        </li>
      ))}
    </ul>
  );
}
