/** The cards' decoder suggestions (data/decoder-suggestions.json) and their map points (data/decoder-suggestions.geojson). */
import type { Place } from '../schema/place-schema';
import { createDecoder } from '../../src/domain/decoder/decoder';
import type { DecoderData } from '../../src/domain/decoder/decoder-types';
import { needsSuggestions, suggestionsFor, suggestionsGeoJson } from '../../src/domain/decoder/place-candidates';

export function buildDecoderSuggestions(places: readonly Place[], data: DecoderData): Record<string, string> {
  const decoder = createDecoder(data);
  const suggestions = places.filter(needsSuggestions).map((place) => suggestionsFor(place, decoder));
  return {
    'decoder-suggestions.json': JSON.stringify(suggestions),
    'decoder-suggestions.geojson': JSON.stringify(suggestionsGeoJson(suggestions)),
  };
}
