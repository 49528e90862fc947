import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

/** On a unit card: draw only this formation's statements (and those of the formations under it), or all again. Its name stays; `aria-pressed` says the state. */
export function FormationFilterToggle({ unitId }: { unitId: string }) {
  const active = useAppStore((state) => state.unitFilterId === unitId);
  return (
    <button type="button" className="formation-filter-toggle" aria-pressed={active} onClick={() => useAppStore.getState().setUnitFilter(active ? null : unitId)}>
      Show only this formation on the map
    </button>
  );
}

/** Over the map while it is filtered, so the reader never mistakes a filtered map for the whole telegram. */
export function FormationFilterNotice() {
  const unitId = useAppStore((state) => state.unitFilterId);
  const unit = useDataStore((state) => (unitId === null ? undefined : state.index.unitsById.get(unitId)));
  if (unitId === null) return null;
  const { setUnitFilter, selectUnit } = useAppStore.getState();
  return (
    <div className="formation-filter" role="status" data-testid="formation-filter">
      <span>
        The map shows only what the telegram says of{' '}
        <button type="button" className="link-button" onClick={() => selectUnit(unitId)}>
          {unit?.name ?? unitId}
        </button>
        {' '}and the formations under it.
      </span>{' '}
      <button type="button" onClick={() => setUnitFilter(null)}>
        Show all
      </button>
    </div>
  );
}
