import { comparisonsFor, VERDICT_LABEL } from '../../domain/plan-outcome';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

/**
 * The top of a card: what became of the orders and expectations it concerns, and the outcome events at the place,
 * before the long detail. Marked as coming from the histories, not the telegram.
 */
export function CardOutcomeSummary({ statementIds, placeId }: { statementIds: readonly string[]; placeId?: string }) {
  const comparisons = useDataStore((state) => state.data.comparisons) ?? [];
  const statements = useDataStore((state) => state.data.statements) ?? [];
  const eventsHere = useDataStore((state) => (placeId === undefined ? undefined : state.index.outcomeByPlace.get(placeId))) ?? [];
  const readings = comparisonsFor(statementIds, comparisons);
  const readEvents = new Set(readings.flatMap((reading) => reading.events));
  const otherEvents = eventsHere.filter((event) => !readEvents.has(event.id));
  const { selectOutcome, setSidePanel } = useAppStore.getState();
  if (readings.length === 0 && otherEvents.length === 0) return null;
  const summaryOf = (id: string): string => statements.find((statement) => statement.id === id)?.summary ?? id;
  return (
    <section className="card-outcome-summary" aria-label="What happened, from the histories" data-testid="card-outcome-summary">
      <h3>What happened (from the histories, not the telegram)</h3>
      {readings.map((reading) => (
        <p key={reading.statement}>
          <span className={`verdict verdict-${reading.verdict}`}>{VERDICT_LABEL[reading.verdict]}</span> <em>{summaryOf(reading.statement)}</em> {reading.summary}
        </p>
      ))}
      {otherEvents.length > 0 && (
        <p>
          Also here:{' '}
          {otherEvents.map((event) => (
            <button key={event.id} type="button" className="link-button" onClick={() => selectOutcome(event.id)}>
              {event.title}
            </button>
          ))}
        </p>
      )}
      <button type="button" className="link-button" onClick={() => setSidePanel('compare')}>
        Compare plan and outcome, day by day
      </button>
    </section>
  );
}
