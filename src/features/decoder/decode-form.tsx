import { useId, useState, type FormEvent } from 'react';
import { loadDecoder } from '../../data/decoder-files';
import type { DecodeResult } from '../../domain/decoder/decoder-types';
import { CandidateChain } from './candidate-chain';

type State = { status: 'idle' } | { status: 'working' } | { status: 'done'; result: DecodeResult } | { status: 'failed'; message: string };

/** The decode panel's content, loaded when the reader first opens it (see decode-panel.tsx). */
export default function DecodeForm({ onClose }: { onClose: () => void }) {
  const [spelling, setSpelling] = useState('');
  const [state, setState] = useState<State>({ status: 'idle' });
  const inputId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const text = spelling.trim();
    if (text.length === 0) return;
    setState({ status: 'working' });
    loadDecoder().then(
      (decode) => setState({ status: 'done', result: decode(text) }),
      (error: unknown) => setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  };

  return (
    <section className="decode-panel" aria-label="Decode a spelling">
      <form onSubmit={submit}>
        <label htmlFor={inputId}>Spelling (Soviet-era Latin, e.g. Odzio, Kaisiu, Tsinnampo)</label>
        <div className="decode-row">
          <input id={inputId} type="text" value={spelling} maxLength={40} autoComplete="off" spellCheck={false} onChange={(event) => setSpelling(event.target.value)} />
          <button type="submit">Decode</button>
          <button type="button" aria-label="Close the decoder" onClick={onClose}>
            ×
          </button>
        </div>
      </form>
      <p className="notes">Machine suggestions, not identifications: each chain shows how the reading was reached and where it is weakest.</p>
      <div aria-live="polite">
        {state.status === 'working' && <p>Decoding…</p>}
        {state.status === 'failed' && <p role="alert">The decoder could not run: {state.message}</p>}
        {state.status === 'done' && state.result.candidates.length === 0 && <p>No reading of “{state.result.spelling}” comes close to a place in the data.</p>}
        {state.status === 'done' && state.result.candidates.length > 0 && (
          <ol className="decoder-candidates" aria-label={`Candidates for ${state.result.spelling}`}>
            {state.result.candidates.map((candidate, index) => (
              <CandidateChain key={`${candidate.hanja}-${candidate.place?.id ?? index}`} candidate={candidate} />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
