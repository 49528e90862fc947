import './compare.css';
import { useEffect, useMemo } from 'react';
import { planOutcomeAt, VERDICT_LABEL, type PlanOutcomeRow } from '../../domain/plan-outcome';
import { byMoment, describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { DAY, TIMELINE_START, type WrittenMidnights } from '../../domain/time';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

/** Days the comparison can be read at: the end of each day from the order on. */
const DAYS = [5, 6, 7, 8].map((day) => ({ day, time: TIMELINE_START + (day - 2) * DAY }));

function Row({ row, writtenMidnights }: { row: PlanOutcomeRow; writtenMidnights: WrittenMidnights }) {
  const { statement, comparison, accounts, known } = row;
  const { selectStatement, selectOutcome, framePlaces } = useAppStore.getState();
  const places = [...new Set([...statement.places, ...accounts.flatMap((entry) => entry.event.places)])];
  return (
    <li className="compare-row" data-testid="compare-row" data-statement-id={statement.id}>
      <div className="compare-plan">
        <span className={`kind-badge kind-${statement.kind}`}>{KIND_LABEL[statement.kind]}</span>{' '}
        <button type="button" className="link-button" onClick={() => selectStatement(statement.id)}>
          {statement.summary}
        </button>
        <span className="when"> ({describeWindow(statement.when, writtenMidnights)})</span>
      </div>
      <div className="compare-outcome">
        {comparison === undefined && <p className="compare-none">No reading of this in the outcome data.</p>}
        {comparison !== undefined && !known && <p className="compare-none">No account dates anything of it by this day.</p>}
        {comparison !== undefined && known && (
          <>
            <p>
              <span className={`verdict verdict-${comparison.verdict}`}>{VERDICT_LABEL[comparison.verdict]}</span> {comparison.summary}
            </p>
            <ul className="compare-events">
              {accounts.map(({ event, versions }) => (
                <li key={event.id}>
                  <button type="button" className="link-button" onClick={() => selectOutcome(event.id)}>
                    {event.title}
                  </button>{' '}
                  <span className="when">({versions.length === event.versions.length ? `${versions.length} account${versions.length > 1 ? 's' : ''}` : `${versions.length} of ${event.versions.length} accounts by this day`})</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {places.length > 0 && (
          <button type="button" className="compare-frame" onClick={() => framePlaces(places)}>
            Show on the map
          </button>
        )}
      </div>
    </li>
  );
}

/**
 * Plan against outcome, side by side: on the left what the order planned or expected by the chosen day, on the right
 * what the accounts collected here say had happened by then, and the difference named. The map beside it is a swipe
 * map (swipe-map.tsx) with the plan left of the divider and what happened right of it, or, switched off, one map
 * with both layers.
 */
export function CompareView() {
  const statements = useDataStore((state) => state.data.statements);
  const comparisons = useDataStore((state) => state.data.comparisons);
  const outcomeById = useDataStore((state) => state.index.outcomeById);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  const time = useAppStore((state) => state.time);
  const swipeMap = useAppStore((state) => state.swipeMap);
  const { setTime, setShowOutcome, setSwipeMap } = useAppStore.getState();
  const rows = useMemo(() => planOutcomeAt(time, statements ?? [], comparisons ?? [], outcomeById), [time, statements, comparisons, outcomeById]);

  // The comparison needs the outcome layer on the map beside the telegram's (in the swipe map, its right half).
  useEffect(() => setShowOutcome(true), [setShowOutcome]);

  if (statements === undefined || comparisons === undefined) return <p className="panel-message">The comparison of plan and outcome is not available.</p>;
  return (
    <div className="compare-view">
      <p className="as-written">
        What the order planned or expected by the chosen day, beside what the histories say had happened by then. The readings are this project's, from the accounts listed (each with its sources in its card); the accounts often disagree on dates.
      </p>
      <div className="compare-days" role="group" aria-label="Compare by the end of">
        {DAYS.map(({ day, time: dayEnd }) => (
          <button key={day} type="button" aria-pressed={time === dayEnd} onClick={() => setTime(dayEnd)}>
            {day} January
          </button>
        ))}
      </div>
      <label className="compare-swipe">
        <input type="checkbox" checked={swipeMap} onChange={(event) => setSwipeMap(event.target.checked)} /> Swipe map: the plan left of the divider, what happened right of it
      </label>
      <h2 className="compare-date">{byMoment(time, writtenMidnights)}</h2>
      <div className="compare-head" aria-hidden="true">
        <span>The telegram: planned or expected</span>
        <span>What happened, by then</span>
      </div>
      {rows.length === 0 ? (
        <p>Before 4 January 24:00 the order had not been sent: move the timeline on.</p>
      ) : (
        <ol className="compare-rows" aria-label="Plan and outcome">
          {rows.map((row) => (
            <Row key={row.statement.id} row={row} writtenMidnights={writtenMidnights} />
          ))}
        </ol>
      )}
    </div>
  );
}
