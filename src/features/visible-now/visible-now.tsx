import { useMemo } from 'react';
import { formationIds } from '../../domain/order-of-battle';
import { describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { statementPhaseAt } from '../../domain/statement-time';
import { earliestAccountTime } from '../../domain/timeline-events';
import type { Phase, StatementKind } from '../../domain/visibility';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

/** How a phase reads for each kind: the telegram cannot know that an order was carried out. */
const PHASE_WORDS: Record<StatementKind, Record<Phase, string>> = {
  reported: { hidden: '', pending: '', active: 'on this day, hour not given', past: 'happened' },
  ordered: { hidden: '', pending: 'ordered, not yet due', active: 'its time', past: 'its time is over' },
  assessed: { hidden: '', pending: 'expected later', active: 'expected', past: 'its time is over' },
  document: { hidden: '', pending: '', active: 'the document', past: 'the document' },
};

/** The map's text alternative: what it shows at the current time, in words, each item tied to its sentences. */
/** Outcome events that have happened by now (earliest account), listed when the outcome layer is on. */
function OutcomeSoFar({ time }: { time: number }) {
  const showOutcome = useAppStore((state) => state.showOutcome);
  const events = useDataStore((state) => state.data.outcome);
  if (!showOutcome) return null;
  const happened = (events ?? []).filter((event) => (earliestAccountTime(event) ?? Infinity) <= time);
  return (
    <>
      <h3 className="visible-now-heading">What happened by now (other sources)</h3>
      <ul aria-label="Outcome events by this time">
        {happened.map((event) => (
          <li key={event.id}>
            <button type="button" className="link-button" onClick={() => useAppStore.getState().selectOutcome(event.id)}>
              {event.title}
            </button>
            {event.versions.length > 1 && <span className="when"> ({event.versions.length} accounts)</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

export function VisibleNow() {
  const time = useAppStore((state) => state.time);
  const statements = useDataStore((state) => state.data.statements);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  const units = useDataStore((state) => state.data.units);
  const unitFilterId = useAppStore((state) => state.unitFilterId);
  const unitFilter = useDataStore((state) => (unitFilterId === null ? undefined : state.index.unitsById.get(unitFilterId)));
  // The same choice as the map's formation filter: statements about the formation or one under it.
  const ofFormation = useMemo(() => {
    const formation = unitFilterId === null ? undefined : formationIds(unitFilterId, units ?? []);
    return (statements ?? []).filter((statement) => formation === undefined || statement.units.some((id) => formation.has(id)));
  }, [statements, units, unitFilterId]);
  const visible = useMemo(() => ofFormation.map((statement) => ({ statement, phase: statementPhaseAt(statement, time) })).filter(({ phase }) => phase !== 'hidden'), [ofFormation, time]);
  return (
    <details className="visible-now">
      <summary>
        What the map shows now ({visible.length}
        {unitFilter === undefined ? '' : `, only the ${unitFilter.name}`})
      </summary>
      <ul aria-label="Shown on the map at this time">
        {visible.map(({ statement, phase }) => (
          <li key={statement.id} className={`kind-${statement.kind}`}>
            <span className="kind-badge">{KIND_LABEL[statement.kind]}</span>{' '}
            <button type="button" className="link-button" onClick={() => useAppStore.getState().selectStatement(statement.id)}>
              {statement.summary}
            </button>{' '}
            <span className="when">
              ({describeWindow(statement.when, writtenMidnights)}; {PHASE_WORDS[statement.kind][phase]})
            </span>
          </li>
        ))}
      </ul>
      <OutcomeSoFar time={time} />
    </details>
  );
}
