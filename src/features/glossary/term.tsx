import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type ReactNode } from 'react';
import { useDataStore } from '../../data/data-store';

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
  const [position, setPosition] = useState<CSSProperties>({});
  const wordRef = useRef<HTMLButtonElement>(null);
  const visible = term !== undefined && (hovered || focused || pinned) && !dismissed;
  // Fixed to the viewport, so a card or panel that scrolls (overflow) cannot cut the note off.
  const place = (): void => {
    const rect = wordRef.current?.getBoundingClientRect();
    if (rect === undefined) return;
    const width = Math.min(352, window.innerWidth * 0.8);
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    // Low on the screen the note opens upwards, still touching the word.
    setPosition(rect.bottom > window.innerHeight * 0.6 ? { bottom: window.innerHeight - rect.top, left, maxWidth: width } : { top: rect.bottom, left, maxWidth: width });
  };
  useEffect(() => {
    if (!visible) return;
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [visible]);
  if (term === undefined) return <>{children}</>;
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
      onMouseEnter={() => {
        place();
        setHovered(true);
      }}
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
        ref={wordRef}
        onFocus={() => {
          place();
          setFocused(true);
        }}
        onBlur={() => {
          setFocused(false);
          leave(hovered);
        }}
        onClick={() => {
          place();
          setDismissed(false);
          setPinned(!pinned);
        }}
      >
        {children ?? term.term}
      </button>
      <span role="tooltip" id={noteId} className="term-note" hidden={!visible} style={position}>
        <strong>{term.term}</strong>: {term.note}
        <span className="term-sources"> Source{term.sources.length > 1 ? 's' : ''}: {term.sources.map((source) => source.short).join('; ')}.</span>
      </span>
    </span>
  );
}
