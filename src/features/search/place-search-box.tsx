import { earliestAccountTime } from '../../domain/timeline-events';
import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { searchUnits } from '../../domain/order-of-battle';
import { searchOutcomePlaces } from '../../domain/outcome-places';
import { searchPlaces } from '../../domain/place-search';
import { useDataStore, type FileState } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

const NO_RESULTS: Record<FileState['state'], string> = {
  loaded: 'No place or unit in the telegram or the outcome accounts by that name.',
  loading: 'The gazetteer is still loading…',
  failed: 'The gazetteer could not be loaded, so no place can be found.',
};

/**
 * An ARIA combobox: type any spelling, arrows move through the results, Enter opens the place. `initialQuery` is
 * what the reader typed into the prerendered box before the app took the page over (src/app/take-over.ts).
 */
export function PlaceSearchBox({ initialQuery = '' }: { initialQuery?: string }) {
  const places = useDataStore((state) => state.data.places);
  const placesById = useDataStore((state) => state.index.placesById);
  const units = useDataStore((state) => state.data.units);
  const people = useDataStore((state) => state.data.people);
  const unitsById = useDataStore((state) => state.index.unitsById);
  const outcomePlaces = useDataStore((state) => state.index.outcomePlaces);
  const gazetteer = useDataStore((state) => state.files.places.state);
  const [query, setQuery] = useState(initialQuery);
  // -1: no option highlighted yet; Enter then takes the best match.
  const [active, setActive] = useState(-1);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const placeResults = useMemo(() => (places === undefined ? [] : searchPlaces(query, places)), [query, places]);
  const outcomeResults = useMemo(() => searchOutcomePlaces(query, outcomePlaces), [query, outcomePlaces]);
  // Formations come after places, so a place's spelling is never pushed down by a commander's name.
  const unitResults = useMemo(() => (units === undefined ? [] : searchUnits(query, units, 4, people ?? [])), [query, units, people]);
  const results = [
    ...placeResults.map((result) => ({ ...result, type: 'place' as const, id: result.placeId })),
    ...outcomeResults.map((result) => ({ ...result, type: 'outcome' as const, id: result.place.name })),
    ...unitResults.map((result) => ({ ...result, type: 'unit' as const, id: result.unitId })),
  ];
  const showList = open && query.trim().length > 0;

  const choose = (index: number): void => {
    const result = results[index];
    if (result === undefined) return;
    const store = useAppStore.getState();
    if (result.type === 'unit') store.selectUnit(result.id);
    else if (result.type === 'place') store.selectPlace(result.id, 0, 'search');
    else {
      // A place only the outcome accounts name: open the first event that names it, with its layer on the map, and
      // move the timeline on to the event's earliest account if it is still before it (else the map would not draw it).
      const eventId = result.place.eventIds[0] ?? null;
      const event = eventId === null ? undefined : useDataStore.getState().index.outcomeById.get(eventId);
      const from = event === undefined ? undefined : earliestAccountTime(event);
      if (from !== undefined && store.time < from) store.setTime(from);
      store.setShowOutcome(true);
      store.selectOutcome(eventId);
    }
    setOpen(false);
    setQuery('');
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(index + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(Math.max(active, 0));
    } else if (event.key === 'Escape' && showList) {
      // Escape closes the list first; a card behind it stays open until the next Escape.
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search places and units"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Search places: Chemulpo, 인천, Kimpo…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
      />
      {showList && (
        <ul id={listId} role="listbox" aria-label="Places and units found" className="search-results">
          {results.length === 0 && <li className="search-empty">{NO_RESULTS[places === undefined ? gazetteer : 'loaded']}</li>}
          {results.map((result, index) => {
            const option = (key: string, children: ReactNode) => (
              <li
                key={key}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'is-active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault(); // keep focus in the input so the click is not lost to blur
                  choose(index);
                }}
              >
                {children}
              </li>
            );
            if (result.type === 'outcome') {
              const events = result.place.eventIds.length;
              return option(
                `outcome-${result.id}`,
                <>
                  <strong>{result.place.name}</strong>
                  {result.matched !== result.place.name && <span className="matched"> — {result.matched}</span>}
                  <span className="confidence-tag layer-outcome">what happened</span>
                  <span className="search-layer">
                    In the outcome accounts, not in the telegram{events > 1 ? ` (${events} events)` : ''}
                  </span>
                </>,
              );
            }
            if (result.type === 'unit') {
              const unit = unitsById.get(result.id);
              return option(
                `unit-${result.id}`,
                <>
                  <strong>{unit?.name ?? result.id}</strong>
                  {result.matched !== unit?.name && <span className="matched"> — {result.matched}</span>}
                  <span className="confidence-tag">unit</span>
                  <span className="search-layer">A formation in the telegram</span>
                </>,
              );
            }
            const place = placesById.get(result.id);
            return option(
              result.id,
              <>
                <strong>{place?.title ?? result.id}</strong>
                {result.matched !== place?.title && <span className="matched"> — {result.matched}</span>}
                <span className={`confidence-tag confidence-${place?.confidence ?? 'unidentified'}`}>{place?.confidence}</span>
                <span className="search-layer">In the telegram</span>
              </>,
            );
          })}
        </ul>
      )}
    </div>
  );
}
