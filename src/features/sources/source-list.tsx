import type { SourceRef } from '../../../geo/schema/bibliography-schema';
import { GRADE_LABEL, onlyForumOrBlog, sourcesStrongestFirst } from '../../domain/bibliography';
import { useDataStore } from '../../data/data-store';

/**
 * Sources from the bibliography, strongest grade first: formatted citation, grade badge, locator and what each
 * supports. `claim` names what the list supports, for the plain-words warning when only forums or blogs do.
 * `besides` leaves a work out of that check (the document itself, which gives the spellings, not the identification).
 */
export function SourceList({ sources, claim, besides }: { sources: readonly SourceRef[]; claim: string; besides?: string }) {
  const works = useDataStore((state) => state.index.worksById);
  const resolved = sourcesStrongestFirst(sources, works);
  const weak = onlyForumOrBlog(resolved.filter((source) => source.ref !== besides));
  return (
    <>
      {weak && (
        <p className="weak-evidence" role="note">
          Only forum or blog posts support {claim}; no stronger source was found for it.
        </p>
      )}
      <ul className="sources">
        {resolved.map((source, index) => (
          <li key={`${source.ref}-${index}`} data-grade={source.work?.grade}>
            {source.work === undefined ? (
              <span className="grade-badge">unknown source</span>
            ) : (
              <span className={`grade-badge grade-${source.work.grade}`}>{GRADE_LABEL[source.work.grade]}</span>
            )}{' '}
            <cite>{source.work?.citation ?? source.ref}</cite>
            {source.locator !== undefined && <span className="locator"> {source.locator}.</span>}
            {source.work?.url !== undefined && (
              <>
                {' '}
                <a href={source.work.url} rel="noreferrer" target="_blank">
                  online
                </a>
              </>
            )}
            {(source.work?.alsoAt ?? []).map((url, at) => (
              <span key={url}>
                {' · '}
                <a href={url} rel="noreferrer" target="_blank">
                  {at === 0 && source.work?.grade === 'archival-primary' ? 'address in the copy received' : 'also online'}
                </a>
              </span>
            ))}
            <span className="supports"> Supports: {source.supports}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
