import { useEffect, useRef, useState } from 'react';
import type { AboutData } from '../../../geo/schema/about-schema';
import { useDataStore } from '../../data/data-store';
import { TermText } from '../glossary/term-text';
import { AboutSources } from './about-sources';
import { browserStorage, rememberDismissed, wasDismissed } from './about-visits';
import './about.css';

const KIND_NOTE = {
  fact: undefined,
  reasoning: 'Reasoning of this edition',
  guide: 'How this map draws it',
} as const;

function Paragraph({ paragraph }: { paragraph: AboutData['sections'][number]['paragraphs'][number] }) {
  const note = KIND_NOTE[paragraph.kind];
  return (
    <>
      <p className={`about-paragraph kind-${paragraph.kind}`}>
        {note !== undefined && <span className="about-kind">{note}: </span>}
        <TermText text={paragraph.text} />
      </p>
      <AboutSources sources={paragraph.sources} />
    </>
  );
}

function AboutContent({ about }: { about: AboutData }) {
  return (
    <>
      <nav aria-label="Sections of the introduction" className="about-toc">
        <ul>
          {about.sections.map((section) => (
            <li key={section.id}>
              <a href={`#about-${section.id}`}>{section.heading}</a>
            </li>
          ))}
          <li>
            <a href="#about-glossary">Glossary</a>
          </li>
        </ul>
      </nav>
      {about.sections.map((section) => (
        <section key={section.id} id={`about-${section.id}`}>
          <h3 id={`about-${section.id}-heading`}>{section.heading}</h3>
          {section.numbered ? (
            <ol className="about-steps">
              {section.paragraphs.map((paragraph) => (
                <li key={paragraph.id}>
                  <Paragraph paragraph={paragraph} />
                </li>
              ))}
            </ol>
          ) : (
            section.paragraphs.map((paragraph) => <Paragraph key={paragraph.id} paragraph={paragraph} />)
          )}
        </section>
      ))}
      <section id="about-glossary">
        <h3 id="about-glossary-heading">Glossary</h3>
        <dl className="about-glossary">
          {about.glossary.map((term) => (
            <div key={term.id}>
              <dt>{term.term}</dt>
              <dd>
                {term.note}
                <AboutSources sources={term.sources} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}

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
            <AboutContent about={about} />
          ) : (
            <p>{status === 'loading' ? 'Loading the introduction…' : 'The introduction could not be loaded; the telegram, the map and the place cards still work.'}</p>
          )}
        </div>}
      </dialog>
    </>
  );
}
