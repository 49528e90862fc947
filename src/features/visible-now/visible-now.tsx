import { useMemo } from 'react';
import { describeWindow, KIND_LABEL } from '../../domain/statement-text';
import { statementPhaseAt } from '../../domain/statement-time';
import type { Phase } from '../../domain/visibility';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';

const PHASE_WORDS: Record<Phase, string> = { hidden: '', pending: 'ordered, not yet due', active: 'in its time', past: 'done' };

/** The map's text alternative: what it shows at the current time, in words, each item tied to its sentences. */
export function VisibleNow() {
  const time = useAppStore((state) => state.time);
  const statements = useDataStore((state) => state.data.statements);
  const visible = useMemo(
    () => (statements ?? []).map((statement) => ({ statement, phase: statementPhaseAt(statement, time) })).filter(({ phase }) => phase !== 'hidden'),
    [statements, time],
  );
  return (
    <details className="visible-now">
      <summary>What the map shows now ({visible.length})</summary>
      <ul aria-label="Shown on the map at this time">
        {visible.map(({ statement, phase }) => (
          <li key={statement.id} className={`kind-${statement.kind}`}>
            <span className="kind-badge">{KIND_LABEL[statement.kind]}</span> {statement.summary}{' '}
            <span className="when">
              ({describeWindow(statement.when)}; {PHASE_WORDS[phase]})
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
