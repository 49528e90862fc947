import { lazy, Suspense } from 'react';
import type { Place } from '../../../geo/schema/place-schema';

// The suggestions and their chains are a chunk of their own: most cards never need them.
const DecoderSuggestionsBody = lazy(() => import('./decoder-suggestions-body'));

/** On the card of an unidentified or low place: what the transliteration decoder proposes, marked as machine output. */
export function DecoderSuggestionsSection({ place }: { place: Place }) {
  if (place.confidence !== 'unidentified' && place.confidence !== 'low') return null;
  return (
    <Suspense fallback={<p>Loading the decoder’s suggestions…</p>}>
      <DecoderSuggestionsBody place={place} />
    </Suspense>
  );
}
