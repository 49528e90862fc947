import { useId, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useDataStore } from '../../data/data-store';
import './term.css';

function useGlossaryTerm(id: string) {
  const glossary = useDataStore((state) => state.data.about?.glossary);
  return useMemo(() => glossary?.find((term) => term.id === id), [glossary, id]);
}

/**
 * A word with a glossary note, shown on hover and on keyboard focus (WCAG 1.4.13: the note can be hovered itself,
 * stays while pointer or focus is on it, and Escape hides it without moving focus). A tap or click pins it,
 * for touch screens. Without the glossary (file missing) the words stay as plain text.
 */
export function Term({ id, children }: { id: string; children?: ReactNode }) {
  const term = useGlossaryTerm(id);
  const noteId = useId();
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const [pinned, setPinned] = useState(false);
  const [dismissed, setDismissed] = useState(false);
  if (term === undefined) return <>{children}</>;
  const visible = (hovered || focused || pinned) && !dismissed;
  const leave = (still: boolean): void => {
    if (still) return;
    setPinned(false);
    setDismissed(false);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !visible) return;
    // Escape hides the note only; a dialog around it stays open.
    event.preventDefault();
    event.stopPropagation();
    setDismissed(true);
    setPinned(false);
  };
  return (
    <span
      className="term"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => {
        setHovered(false);
        leave(focused);
      }}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="term-word"
        aria-describedby={noteId}
        aria-expanded={visible}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          leave(hovered);
        }}
        onClick={() => {
          setDismissed(false);
          setPinned(!pinned);
        }}
      >
        {children ?? term.term}
      </button>
      <span role="tooltip" id={noteId} className="term-note" hidden={!visible}>
        <strong>{term.term}</strong>: {term.note}
        <span className="term-sources"> Source{term.sources.length > 1 ? 's' : ''}: {term.sources.map((source) => source.short).join('; ')}.</span>
      </span>
    </span>
  );
}
