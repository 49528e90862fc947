import { useEffect, useId, useRef, useState } from 'react';
import { APP_TITLE, APP_VERSION } from '../../domain/cite/app-identity';
import { documentReference } from '../../domain/cite/document-reference';
import { formatViewCitation } from '../../domain/cite/view-citation';
import { useDataStore } from '../../data/data-store';
import { useAppStore } from '../../store/app-store';
import { currentPermalink } from '../../store/url-sync';
import { openCardSummary } from './open-card';

type Copied = { text: string; outcome: 'copied' | 'not-copied' };

/** The reader's calendar date, as YYYY-MM-DD (local time: the day they looked). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard === undefined) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no permission, or the page is not focused: the text box below still holds it
  }
}

/**
 * "Cite this view": copies a ready citation of what is on screen (with its permalink) and shows what it copied;
 * where the browser refuses the clipboard, the same text waits selected in a box.
 */
export function CiteView() {
  const source = useDataStore((state) => state.data.telegram?.source);
  const [copied, setCopied] = useState<Copied | null>(null);
  const boxRef = useRef<HTMLTextAreaElement>(null);
  const panelId = useId();

  const cite = async (): Promise<void> => {
    if (source === undefined) return;
    // Read at click time: the button must not re-render while the timeline plays.
    const card = openCardSummary();
    const text = formatViewCitation({
      app: { title: APP_TITLE, version: APP_VERSION },
      accessedOn: today(),
      time: useAppStore.getState().time,
      writtenMidnights: useDataStore.getState().index.writtenMidnights,
      card: card === null ? null : { kind: card.kind, title: card.title },
      permalink: currentPermalink(),
      document: documentReference(source),
    });
    setCopied({ text, outcome: (await copyToClipboard(text)) ? 'copied' : 'not-copied' });
  };

  useEffect(() => {
    if (copied?.outcome === 'not-copied') boxRef.current?.select();
  }, [copied]);

  return (
    <div className="cite-view" onKeyDown={(event) => event.key === 'Escape' && setCopied(null)}>
      <button type="button" onClick={() => void cite()} disabled={source === undefined} aria-expanded={copied !== null} aria-controls={panelId}>
        Cite<span className="cite-label-rest"> this view</span>
      </button>
      {copied !== null && (
        <div className="cite-panel" id={panelId} role="group" aria-label="Citation of this view">
          <p role="status" className="cite-status">
            {copied.outcome === 'copied' ? 'Copied to the clipboard:' : 'Copying was not allowed here. The text is selected below: copy it with Ctrl+C (⌘C).'}
          </p>
          <textarea ref={boxRef} readOnly value={copied.text} rows={10} aria-label="Citation and permalink" onFocus={(event) => event.currentTarget.select()} />
          <button type="button" className="cite-close" onClick={() => setCopied(null)}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
