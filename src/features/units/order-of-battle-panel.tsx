import { useMemo } from 'react';
import { orderOfBattle, type FormationNode } from '../../domain/order-of-battle';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { FORCE_LABEL } from './unit-card';

function FormationItem({ node }: { node: FormationNode }) {
  const selected = useAppStore((state) => state.selectedUnitId === node.unit.id);
  const commanders = (node.unit.commanders ?? []).map((commander) => commander.asWritten);
  return (
    <li>
      <button type="button" className={`formation${selected ? ' is-selected' : ''}`} aria-pressed={selected} onClick={() => useAppStore.getState().selectUnit(node.unit.id)}>
        {node.unit.name}
        {commanders.length > 0 && <span className="commanders"> — {commanders.map((name) => `“${name}”`).join(', ')}</span>}
      </button>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child) => (
            <FormationItem key={child.unit.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The formations the telegram names, grouped by force as the text groups them; each opens its card. */
export function OrderOfBattlePanel() {
  const units = useDataStore((state) => state.data.units);
  const tree = useMemo(() => orderOfBattle(units ?? []), [units]);
  if (units === undefined) return <p className="panel-message">The list of units is not available.</p>;
  const forces = [...new Set(tree.map((node) => node.unit.force))];
  return (
    <div className="order-of-battle">
      <p className="as-written">The formations as the telegram names them. Spellings of commanders' names are the translation's.</p>
      {forces.map((force) => (
        <section key={force} aria-label={FORCE_LABEL[force]}>
          <h3>{FORCE_LABEL[force]}</h3>
          <ul className="formations">
            {tree
              .filter((node) => node.unit.force === force)
              .map((node) => (
                <FormationItem key={node.unit.id} node={node} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
