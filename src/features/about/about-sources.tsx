import type { ShownSource, WorkGrade } from '../../../geo/schema/about-schema';

const GRADE_WORDS: Record<WorkGrade, string> = {
  'archival-primary': 'archival primary',
  'official-history': 'official history',
  scholarly: 'scholarly',
  press: 'press',
  'reference-work': 'reference work',
  'forum-or-blog': 'forum or blog',
};

/** The sources under a paragraph, one short line each: work, grade, where in it. */
export function AboutSources({ sources }: { sources: readonly ShownSource[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="about-sources" aria-label="Sources">
      {sources.map((source, index) => (
        <li key={`${source.ref}-${index}`} title={`Supports: ${source.supports}`}>
          {source.url === undefined ? (
            <cite>{source.short}</cite>
          ) : (
            <a href={source.url} rel="noreferrer" target="_blank">
              <cite>{source.short}</cite>
            </a>
          )}
          <span className={`about-grade grade-${source.grade}`}>{GRADE_WORDS[source.grade]}</span>
          {source.locator !== undefined && <span className="about-locator">{source.locator}</span>}
        </li>
      ))}
    </ul>
  );
}
