import type { KeyboardEvent, ReactNode } from 'react';
import { useAppStore } from '../store/app-store';
import type { SidePanel as Panel } from '../store/reading-slice';
import { DocumentPanel } from '../features/document/document-panel';
import { FollowTextSwitch } from '../features/document/follow-text';
import { CompareView, OrderOfBattlePanel } from './lazy-panels';
import { PanelErrorBoundary } from './error-boundary';

interface Tab {
  id: Panel;
  label: string;
  /** What the error boundary calls the panel if it fails. */
  name: string;
  content: () => ReactNode;
  /** Kept mounted while hidden: the text's mentions keep their ids for the cards' "show in text". */
  keepMounted?: boolean;
}

const TABS: Tab[] = [
  {
    id: 'text',
    label: 'The telegram',
    name: 'telegram text',
    keepMounted: true,
    content: () => (
      <>
        <FollowTextSwitch />
        <DocumentPanel />
      </>
    ),
  },
  { id: 'units', label: 'Units', name: 'order of battle', content: () => <OrderOfBattlePanel /> },
  { id: 'compare', label: 'Plan vs outcome', name: 'plan against outcome', content: () => <CompareView /> },
];

/** The reading side: the telegram's text, the formations it names, or plan against outcome (ARIA tab pattern). */
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
      {TABS.filter((tab) => tab.keepMounted === true || tab.id === current).map((tab) => (
        <div key={tab.id} role="tabpanel" id={`side-panel-${tab.id}`} aria-labelledby={`side-tab-${tab.id}`} hidden={tab.id !== current}>
          <PanelErrorBoundary name={tab.name}>{tab.content()}</PanelErrorBoundary>
        </div>
      ))}
    </>
  );
}
