import { describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { parseDocumentTime } from '../../domain/time';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { CardOutcomeSummary } from '../compare/card-outcome-summary';
import { SourceList } from '../sources/source-list';
import { useCardFocus } from '../cards/use-card-focus';

const closeStatementCard = (): void => useAppStore.getState().selectStatement(null);

function showSentence(sentenceId: string): void {
  const element = document.getElementById(`sentence-${sentenceId}`);
  element?.scrollIntoView({ block: 'center' });
  element?.classList.add('is-flashed');
  window.setTimeout(() => element?.classList.remove('is-flashed'), 1600);
}

/** What one map feature stands for: the statement, its time window and why, and the sentences it rests on. */
export function StatementCard() {
  const statementId = useAppStore((state) => state.selectedStatementId);
  const statement = useDataStore((state) => state.data.statements?.find((candidate) => candidate.id === statementId));
  const sentencesById = useDataStore((state) => state.index.sentencesById);
  const unitsById = useDataStore((state) => state.index.unitsById);
  const placesById = useDataStore((state) => state.index.placesById);
  const documentRef = useDataStore((state) => state.data.telegram?.source.ref);
  const writtenMidnights = useDataStore((state) => state.index.writtenMidnights);
  const { selectStatement, selectPlace, setTime } = useAppStore.getState();
  const cardRef = useCardFocus<HTMLElement>(statement === undefined ? null : statement.id, closeStatementCard);
  if (statement === undefined) return null;
  const units = statement.units.map((id) => unitsById.get(id)).filter((unit) => unit !== undefined);
  // The telegram is the source of every statement; other works only of what a note adds.
  const sources = [
    ...(documentRef === undefined ? [] : [{ ref: documentRef, locator: 'the sentences quoted above', supports: 'the statement itself, in the telegram\'s words' }]),
    ...(statement.sources ?? []),
  ];
  return (
    <aside className={`place-card statement-card kind-${statement.kind}`} aria-labelledby="statement-card-title" data-testid="statement-card" ref={cardRef} tabIndex={-1}>
      <header>
        <p className="kind-badge">{KIND_LABEL[statement.kind]}</p>
        <h2 id="statement-card-title">{statement.summary}</h2>
        <button type="button" className="close" onClick={() => selectStatement(null)} aria-label="Close statement card">
          ×
        </button>
      </header>
      <CardOutcomeSummary statementIds={[statement.id]} />
      <p className="when">
        <strong>When:</strong> {describeWindow(statement.when, writtenMidnights)}. <span className="basis">{statement.when.basis}</span>{' '}
        <button type="button" onClick={() => setTime(parseDocumentTime(statement.when.start) ?? 0)}>
          Move the timeline here
        </button>
      </p>
      {statement.condition !== undefined && (
        <p>
          <strong>Only if:</strong> {statement.condition}
        </p>
      )}
      {statement.note !== undefined && <p className="notes">{statement.note}</p>}
      <section aria-label="The telegram's words">
        <h3>The telegram's words</h3>
        {statement.sentenceIds.map((id) => (
          <blockquote key={id} className="quote" data-testid="statement-quote">
            {sentencesById.get(id)?.text}{' '}
            <button type="button" className="link-button" onClick={() => showSentence(id)}>
              Show in text
            </button>
          </blockquote>
        ))}
      </section>
      {statement.units.length > 0 && (
        <p>
          <strong>Units:</strong> {statement.units.map((id) => unitsById.get(id)?.name ?? id).join(', ')}
        </p>
      )}
      {units
        .filter((unit) => unit.note !== undefined)
        .map((unit) => (
          <section key={unit.id} aria-label={`About ${unit.name}`} className="unit-note">
            <p className="notes">
              <strong>{unit.name}:</strong> {unit.note}
            </p>
            {unit.sources !== undefined && <SourceList sources={unit.sources} claim="this note" />}
          </section>
        ))}
      <section aria-label="Sources">
        <h3>Sources</h3>
        <SourceList sources={sources} claim="this note" besides={documentRef} />
      </section>
      {statement.places.length > 0 && (
        <p className="statement-places">
          <strong>Places:</strong>{' '}
          {statement.places.map((id) => (
            <button key={id} type="button" className="link-button" onClick={() => selectPlace(id, 0, 'card')}>
              {placesById.get(id)?.title ?? id}
            </button>
          ))}
        </p>
      )}
    </aside>
  );
}
