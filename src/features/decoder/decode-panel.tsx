import { lazy, Suspense, useState } from 'react';

// The form, the decoder and its data load on first use: none of them is in the app's first download.
const DecodeForm = lazy(() => import('./decode-form'));

/** "Decode a spelling": any Soviet-era Latin spelling of a Korean place, from this telegram or another, to ranked chains. */
export function DecodePanel() {
  const [open, setOpen] = useState(false);
  return (
    <div className="decode">
      <button type="button" className="header-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Decode a spelling
      </button>
      {open && (
        <Suspense fallback={<p className="decode-panel">Loading the decoder…</p>}>
          <DecodeForm onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
