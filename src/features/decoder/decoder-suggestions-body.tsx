import { useEffect, useState } from 'react';
import type { Place } from '../../../geo/schema/place-schema';
import { loadDecoderSuggestions } from '../../data/decoder-files';
import type { PlaceSuggestions } from '../../domain/decoder/place-candidates';
import { useAppStore } from '../../store/app-store';
import { CandidateChain } from './candidate-chain';

type Loaded = { placeId: string } & ({ status: 'loading' } | { status: 'ready'; suggestions: PlaceSuggestions | undefined } | { status: 'failed'; message: string });

/** The section's content, loaded only when such a card opens (see decoder-suggestions-section.tsx). */
export default function DecoderSuggestionsBody({ place }: { place: Place }) {
  const [result, setResult] = useState<Loaded | null>(null);
  // A result for another place (the card switched) counts as still loading.
  const loaded: Loaded = result !== null && result.placeId === place.id ? result : { placeId: place.id, status: 'loading' };
  const shownOnMap = useAppStore((state) => state.decoderPlaceId === place.id);

  useEffect(() => {
    let alive = true;
    const placeId = place.id;
    loadDecoderSuggestions().then(
      (all) => alive && setResult({ placeId, status: 'ready', suggestions: all.find((entry) => entry.placeId === placeId) }),
      (error: unknown) => alive && setResult({ placeId, status: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [place.id]);

  const areaLabel = loaded.status === 'ready' && loaded.suggestions?.areaBasis === 'proposed point' ? 'from the proposed point' : 'from the area the text implies';
  return (
    <section aria-label="Decoder suggestions" className="decoder-suggestions">
      <h3>Machine suggestions (transliteration decoder)</h3>
      <p className="notes">
        Not identifications: the decoder reads the spelling back through Russian and Japanese to Hanja and ranks places by how close the reading is, then by distance. Each needs a source before it can be trusted.
      </p>
      {loaded.status === 'loading' && <p>Loading the decoder’s suggestions…</p>}
      {loaded.status === 'failed' && <p role="alert">The decoder’s suggestions could not be shown: {loaded.message}</p>}
      {loaded.status === 'ready' && loaded.suggestions === undefined && <p>The decoder has no suggestions for this place.</p>}
      {loaded.status === 'ready' && loaded.suggestions !== undefined && (
        <>
          <button type="button" aria-pressed={shownOnMap} onClick={() => useAppStore.getState().showDecoderSuggestions(shownOnMap ? null : place.id)}>
            {shownOnMap ? 'Hide suggestions on the map' : 'Show suggestions on the map'}
          </button>
          {loaded.suggestions.spellings.map((result) => (
            <div key={result.spelling}>
              <h4>“{result.spelling}”</h4>
              {result.candidates.length === 0 ? (
                <p>No reading of this spelling comes close to a place in the data.</p>
              ) : (
                <ol className="decoder-candidates">
                  {result.candidates.map((candidate, index) => (
                    <CandidateChain key={`${candidate.hanja}-${candidate.place?.id ?? index}`} candidate={candidate} areaLabel={areaLabel} />
                  ))}
                </ol>
              )}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
