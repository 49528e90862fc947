import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { OutcomeAccounts } from './outcome-accounts';
import { useCardFocus } from '../cards/use-card-focus';

const closeOutcomeCard = (): void => useAppStore.getState().selectOutcome(null);

/** The card of an outcome event clicked on the map (lines such as Line D have no place card of their own). */
export function OutcomeCard() {
  const eventId = useAppStore((state) => state.selectedOutcomeId);
  const event = useDataStore((state) => (eventId === null ? undefined : state.index.outcomeById.get(eventId)));
  const cardRef = useCardFocus<HTMLElement>(event === undefined ? null : event.id, closeOutcomeCard);
  if (event === undefined) return null;
  return (
    <aside className="place-card outcome-card" aria-labelledby="outcome-card-title" data-testid="outcome-card" ref={cardRef} tabIndex={-1}>
      <header>
        <h2 id="outcome-card-title">What happened: {event.title}</h2>
        <button type="button" className="close" onClick={() => useAppStore.getState().selectOutcome(null)} aria-label="Close outcome card">
          ×
        </button>
        <p className="as-written">Not in the telegram: from the sources below.</p>
      </header>
      <OutcomeAccounts event={event} />
    </aside>
  );
}
