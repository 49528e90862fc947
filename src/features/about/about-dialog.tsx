import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useDataStore } from '../../data/data-store';
import { browserStorage, rememberDismissed, wasDismissed } from './about-visits';

/** The introduction's words come in a chunk of their own: most visits read the telegram, not the introduction. */
const AboutContent = lazy(() => import('./about-content').then((module) => ({ default: module.AboutContent })));

/**
 * The header's "About" button and the introduction it opens: a modal dialog, opened by itself on a first visit
 * and kept closed, per document, once the reader has closed it. Focus goes to the title and back to the button.
 * `opensOnFirstVisit` false: not over a page the reader has already begun to use (typed or clicked in it before the
 * app took it over, src/app/take-over.ts).
 */
export function AboutDocument({ opensOnFirstVisit = true }: { opensOnFirstVisit?: boolean }) {
  const about = useDataStore((state) => state.data.about);
  const status = useDataStore((state) => state.status);
  // Until the reader opens or closes it, a first visit decides (the stored choice, once the data names the document).
  const [choice, setChoice] = useState<'first-visit' | 'open' | 'closed'>(opensOnFirstVisit ? 'first-visit' : 'closed');
  const open = choice === 'open' || (choice === 'first-visit' && about !== undefined && !wasDismissed(browserStorage(), about.document));
  const setOpen = (next: boolean): void => setChoice(next ? 'open' : 'closed');
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog === null) return;
    if (open && !dialog.open) {
      dialog.showModal();
      titleRef.current?.focus();
    } else if (!open && dialog.open) dialog.close();
  }, [open]);

  // Escape closes a modal <dialog> by itself; every way of closing ends here.
  const onClose = (): void => {
    setOpen(false);
    if (about !== undefined) rememberDismissed(browserStorage(), about.document);
    buttonRef.current?.focus();
  };

  return (
    <>
      <button ref={buttonRef} type="button" className="about-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        About
      </button>
      <dialog ref={dialogRef} className="about-dialog" aria-labelledby="about-title" onClose={onClose}>
        <div className="about-dialog-header">
          <h2 id="about-title" ref={titleRef} tabIndex={-1}>
            {about?.title ?? 'About this document'}
          </h2>
          <button type="button" className="about-close" onClick={() => setOpen(false)}>
            Close
          </button>
        </div>
        {/* Rendered only while open, so its words do not stand in the page behind a closed dialog. */}
        {open && <div className="about-body">
          {about !== undefined ? (
            <Suspense fallback={<p>Loading the introduction…</p>}>
              <AboutContent about={about} />
            </Suspense>
          ) : (
            <p>{status === 'loading' ? 'Loading the introduction…' : 'The introduction could not be loaded; the telegram, the map and the place cards still work.'}</p>
          )}
        </div>}
      </dialog>
    </>
  );
}
