import type { Unit } from '../../../geo/schema/situation-schema';
import { statementsOfFormation } from '../../domain/order-of-battle';
import { describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { parseDocumentTime } from '../../domain/time';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { CardOutcomeSummary } from '../compare/card-outcome-summary';
import { FormationFilterToggle } from './formation-filter';
import { SourceList } from '../sources/source-list';

export const FORCE_LABEL: Record<Unit['force'], string> = {
  CPV: "Chinese People's Volunteers",
  KPA: "Korean People's Army",
  UN: 'United Nations Command',
};

/** A formation's card: who it is, who commands it, and everything the telegram says of it, in time order. */
export function UnitCard() {
  const unitId = useAppStore((state) => state.selectedUnitId);
  const unitsById = useDataStore((state) => state.index.unitsById);
  const units = useDataStore((state) => state.data.units);
  const statements = useDataStore((state) => state.data.statements);
  const sentencesById = useDataStore((state) => state.index.sentencesById);
  const placesById = useDataStore((state) => state.index.placesById);
  const peopleById = useDataStore((state) => state.index.peopleById);
  const documentRef = useDataStore((state) => state.data.telegram?.source.ref);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  const { selectUnit, selectPlace, selectStatement, setTime } = useAppStore.getState();
  const unit = unitId === null ? undefined : unitsById.get(unitId);
  if (unit === undefined) return null;
  const parent = unit.parent === undefined ? undefined : unitsById.get(unit.parent);
  const parts = (units ?? []).filter((candidate) => candidate.parent === unit.id);
  const entries = statementsOfFormation(unit.id, units ?? [], statements ?? []);
  // Who the names stand for, once per person however many spellings name them.
  const people = [...new Set((unit.commanders ?? []).flatMap((commander) => (commander.person === undefined ? [] : [commander.person])))].flatMap((id) => peopleById.get(id) ?? []);
  return (
    <aside className="place-card unit-card" aria-labelledby="unit-card-title" data-testid="unit-card">
      <header>
        <p className="kind-badge">
          {FORCE_LABEL[unit.force]} · {unit.echelon === 'unknown' ? 'units not named' : unit.echelon}
          {unit.side === 'hostile' ? ' · "the enemy"' : ''}
        </p>
        <h2 id="unit-card-title">{unit.name}</h2>
        <button type="button" className="close" onClick={() => selectUnit(null)} aria-label="Close unit card">
          ×
        </button>
      </header>
      <CardOutcomeSummary statementIds={entries.map((entry) => entry.statement.id)} />
      {entries.length > 0 && <FormationFilterToggle unitId={unit.id} />}
      {parent !== undefined && (
        <p>
          <strong>Part of:</strong>{' '}
          <button type="button" className="link-button" onClick={() => selectUnit(parent.id)}>
            {parent.name}
          </button>
        </p>
      )}
      {parts.length > 0 && (
        <p>
          <strong>Under it in the telegram:</strong>{' '}
          {parts.map((part) => (
            <button key={part.id} type="button" className="link-button" onClick={() => selectUnit(part.id)}>
              {part.name}
            </button>
          ))}
        </p>
      )}
      {(unit.commanders ?? []).length > 0 && (
        <section aria-label="Commander">
          <h3>Commander, as the telegram writes the name</h3>
          <ul className="sources">
            {(unit.commanders ?? []).map((commander) => (
              <li key={`${commander.asWritten}-${commander.sentenceId}`}>
                “{commander.asWritten}”: <q className="quote-inline">{sentencesById.get(commander.sentenceId)?.text}</q>
              </li>
            ))}
          </ul>
          {people.map((person) => (
            <div key={person.id} className={`identification confidence-${person.confidence}`} data-testid="commander-identified">
              <p>
                <strong>Identified as {person.name}</strong>
                {person.native === undefined ? '' : ` (${person.native})`} <span className="confidence-badge">{person.confidence} confidence</span>
              </p>
              <p className="rationale">{person.reasoning}</p>
              <SourceList sources={person.sources} claim={`who ${person.name} was`} besides={documentRef} />
            </div>
          ))}
        </section>
      )}
      {unit.parentNote !== undefined && <p className="notes">{unit.parentNote}</p>}
      <section aria-label="What the telegram says of it">
        <h3>In the telegram, in time order</h3>
        {entries.length === 0 && <p>The telegram names this formation but gives it no position, movement or order.</p>}
        <ol className="card-statements unit-statements">
          {entries.map(({ statement, direct }) => (
            <li key={statement.id} data-testid="unit-statement">
              <button type="button" className={`statement-link kind-${statement.kind}`} onClick={() => selectStatement(statement.id)} title="Open this statement">
                <span className="kind-badge">{KIND_LABEL[statement.kind]}</span> {statement.summary} <span className="when">({describeWindow(statement.when, writtenMidnights)})</span>
                {!direct && <span className="via"> · names {statement.units.map((id) => unitsById.get(id)?.name ?? id).join(', ')}</span>}
              </button>
              <p className="unit-statement-tools">
                <button type="button" className="link-button" onClick={() => setTime(parseDocumentTime(statement.when.start) ?? 0)}>
                  Move the timeline here
                </button>
                {statement.places.map((id) => (
                  <button key={id} type="button" className="link-button" onClick={() => selectPlace(id, 0, 'card')}>
                    {placesById.get(id)?.title ?? id}
                  </button>
                ))}
              </p>
            </li>
          ))}
        </ol>
      </section>
    </aside>
  );
}
