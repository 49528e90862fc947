import '../units/units.css';
import type { KeyboardEvent } from 'react';
import { useAppStore } from '../../store/app-store';
import type { SidePanel as Panel } from '../../store/reading-slice';
import { DocumentPanel } from '../document/document-panel';
import { FollowTextSwitch } from '../document/follow-text';
import { CompareView } from '../compare/compare-view';
import { OrderOfBattlePanel } from '../units/order-of-battle-panel';
import { PanelErrorBoundary } from '../../app/error-boundary';

const TABS: { id: Panel; label: string }[] = [
  { id: 'text', label: 'The telegram' },
  { id: 'units', label: 'Units' },
  { id: 'compare', label: 'Plan vs outcome' },
];

/** The reading side: the telegram's text, or the formations it names, as two tabs (ARIA tab pattern). */
export function SidePanel() {
  const current = useAppStore((state) => state.sidePanel);
  const { setSidePanel } = useAppStore.getState();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    event.preventDefault();
    const index = TABS.findIndex((tab) => tab.id === current);
    const next = TABS[(index + (event.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (next === undefined) return;
    setSidePanel(next.id);
    document.getElementById(`side-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label="Read" className="side-tabs" onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`side-tab-${tab.id}`}
            aria-selected={current === tab.id}
            aria-controls={`side-panel-${tab.id}`}
            tabIndex={current === tab.id ? 0 : -1}
            onClick={() => setSidePanel(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {/* The text stays mounted while hidden, so mentions keep their ids for the cards' "show in text". */}
      <div role="tabpanel" id="side-panel-text" aria-labelledby="side-tab-text" hidden={current !== 'text'}>
        <PanelErrorBoundary name="telegram text">
          <FollowTextSwitch />
          <DocumentPanel />
        </PanelErrorBoundary>
      </div>
      {current === 'units' && (
        <div role="tabpanel" id="side-panel-units" aria-labelledby="side-tab-units">
          <PanelErrorBoundary name="order of battle">
            <OrderOfBattlePanel />
          </PanelErrorBoundary>
        </div>
      )}
      {current === 'compare' && (
        <div role="tabpanel" id="side-panel-compare" aria-labelledby="side-tab-compare">
          <PanelErrorBoundary name="plan against outcome">
            <CompareView />
          </PanelErrorBoundary>
        </div>
      )}
    </>
  );
}
