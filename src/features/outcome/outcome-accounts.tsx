import type { OutcomeEvent } from '../../../geo/schema/outcome-schema';
import { formatDay, formatMoment, parseDocumentTime } from '../../domain/time';
import { SourceList } from '../sources/source-list';

function versionDate(start: string, end: string | null | undefined): string {
  const format = (value: string): string => {
    const time = parseDocumentTime(value);
    if (time === undefined) return value;
    return value.includes('T') ? formatMoment(time) : formatDay(time);
  };
  return end === undefined || end === null || end === start ? format(start) : `${format(start)} – ${format(end)}`;
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
            {version.doubt !== undefined && (
              <p className="doubt">
                <strong>Doubtful account.</strong> {version.doubt}
              </p>
            )}
            <SourceList sources={version.sources} claim="this account" />
          </li>
        ))}
      </ol>
    </div>
  );
}
