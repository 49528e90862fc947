/**
 * The decoder run on a gazetteer place that is unidentified or only low: each of its telegram spellings,
 * ranked against the area the sentence implies (its polygon) or, for a low point, against that point.
 * Used by `npm run data` (the cards' suggestions and their map layer) so card and map show the same thing.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Place } from '../../../geo/schema/place-schema';
import type { Ring } from './area-fit';
import type { Decoder } from './decoder';
import type { DecodeResult } from './decoder-types';

export const CARD_CANDIDATES = 5;

export interface PlaceSuggestions {
  placeId: string;
  /** What the area fit is measured against. */
  areaBasis: 'area' | 'proposed point';
  spellings: DecodeResult[];
}

export function needsSuggestions(place: Place): boolean {
  return place.confidence === 'unidentified' || place.confidence === 'low';
}

function areaOf(place: Place): { area: Ring[][]; basis: PlaceSuggestions['areaBasis'] } | null {
  const geometry = place.geometry;
  if (geometry.type === 'Polygon') return { area: [geometry.coordinates], basis: 'area' };
  if (geometry.type === 'Point') return { area: [[[geometry.coordinates, geometry.coordinates]]], basis: 'proposed point' };
  return null;
}

export function suggestionsFor(place: Place, decoder: Decoder): PlaceSuggestions {
  const fit = areaOf(place);
  const spellings = place.variants
    .filter((variant) => variant.inTelegram === true)
    .map((variant) => decoder.decode(variant.toponym, { limit: CARD_CANDIDATES, ...(fit ? { area: fit.area } : {}) }));
  return { placeId: place.id, areaBasis: fit?.basis ?? 'area', spellings };
}

/** The located candidates as points for the map, each tagged with the place it was suggested for. */
export function suggestionsGeoJson(all: readonly PlaceSuggestions[]): FeatureCollection<Point> {
  const features: Feature<Point>[] = [];
  for (const suggestions of all) {
    for (const result of suggestions.spellings) {
      result.candidates.forEach((candidate, index) => {
        const place = candidate.place;
        if (place === null || place.lat === null || place.lon === null) return;
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
          properties: { placeId: suggestions.placeId, rank: index + 1, label: `${index + 1}. ${candidate.rr}?`, spelling: result.spelling },
        });
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
