import type { OutcomeEvent } from '../../../geo/schema/outcome-schema';
import type { Source } from '../../../geo/schema/place-schema';
import { formatReadableTime, parseDocumentTime } from '../../domain/time';

function versionDate(start: string, end: string | null | undefined): string {
  const format = (value: string): string => {
    const time = parseDocumentTime(value);
    if (time === undefined) return value;
    return value.includes('T') ? formatReadableTime(time) : formatReadableTime(time).replace(/, \d\d:\d\d$/, '');
  };
  return end === undefined || end === null || end === start ? format(start) : `${format(start)} – ${format(end)}`;
}

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <ul className="sources">
      {sources.map((source) => (
        <li key={`${source.title}-${source.supports}`}>
          {source.author !== undefined && `${source.author}, `}
          {source.url === undefined ? (
            <cite>{source.title}</cite>
          ) : (
            <a href={source.url} rel="noreferrer" target="_blank">
              <cite>{source.title}</cite>
            </a>
          )}
          {source.ref !== undefined && `, ${source.ref}`}. <span className="supports">{source.supports}</span>
        </li>
      ))}
    </ul>
  );
}

/** One outcome event with every account of it, each with its own date and sources: disagreements stay visible. */
export function OutcomeAccounts({ event }: { event: OutcomeEvent }) {
  return (
    <div className="outcome-event" data-testid="outcome-event">
      <h4>{event.title}</h4>
      {event.versions.length > 1 && (
        <p className="disagreement">
          <strong>The sources disagree ({event.versions.length} accounts).</strong> {event.disagreement}
        </p>
      )}
      <ol className="accounts">
        {event.versions.map((version, index) => (
          <li key={index} data-testid="outcome-version">
            <span className="when">{versionDate(version.date.start, version.date.end)}</span>: {version.account}
            <SourceList sources={version.sources} />
          </li>
        ))}
      </ol>
    </div>
  );
}
