import { useEffect, useRef, type KeyboardEvent } from 'react';
import { chapterPosition } from '../../domain/tour';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { openChapter } from '../../store/open-chapter';

/** Starts the tour at its first chapter (the header button). */
export function TourButton() {
  const tour = useDataStore((state) => state.data.tour);
  const running = useAppStore((state) => state.tourChapterId !== null);
  if (tour === undefined) return null;
  return (
    <button type="button" className="header-button" aria-pressed={running} onClick={() => openChapter(running ? null : (tour.chapters[0]?.id ?? null))}>
      {running ? 'End tour' : 'Guided tour'}
    </button>
  );
}

/** The tour's caption band over the map: the chapter, its caption, and the way to the next and previous ones. */
export function TourPanel() {
  const tour = useDataStore((state) => state.data.tour);
  const chapterId = useAppStore((state) => state.tourChapterId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const position = tour === undefined || chapterId === null ? undefined : chapterPosition(tour, chapterId);

  // Keyboard and screen-reader users land on the new chapter's title.
  useEffect(() => {
    if (chapterId !== null) headingRef.current?.focus({ preventScroll: true });
  }, [chapterId]);

  if (tour === undefined || position === undefined) return null;
  const { chapter, index, previous, next } = position;
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.target instanceof HTMLSelectElement) return;
    const target = event.key === 'ArrowRight' ? next : event.key === 'ArrowLeft' ? previous : undefined;
    if (event.key === 'Escape') openChapter(null);
    else if (target !== undefined) openChapter(target.id);
    else return;
    event.preventDefault();
  };

  return (
    <section className="tour-panel" aria-label="Guided tour" data-testid="tour-panel" onKeyDown={onKeyDown}>
      <p className="tour-progress">
        Guided tour · chapter {index + 1} of {tour.chapters.length}
      </p>
      <h2 ref={headingRef} tabIndex={-1}>
        {chapter.title}
      </h2>
      <p className="tour-caption">{chapter.caption}</p>
      <p className="tour-time">{chapter.timeNote}</p>
      <div className="tour-nav">
        <button type="button" onClick={() => previous !== undefined && openChapter(previous.id)} disabled={previous === undefined}>
          ‹ Previous chapter
        </button>
        <label>
          <span className="visually-hidden">Chapter</span>
          <select value={chapter.id} onChange={(event) => openChapter(event.target.value)} aria-label="Go to chapter">
            {tour.chapters.map((entry) => (
              <option key={entry.id} value={entry.id}>
                {entry.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => next !== undefined && openChapter(next.id)} disabled={next === undefined}>
          Next chapter ›
        </button>
        <button type="button" onClick={() => openChapter(null)}>
          End tour
        </button>
      </div>
    </section>
  );
}
