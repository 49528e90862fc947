import type { FeatureCollection } from 'geojson';
import type { Place } from '../schema/place-schema';
import { placeLabels } from '../glyphs/label-text';

/**
 * The gazetteer as map features: one per place, its id promoted for feature-state (hover, selection), the four
 * label languages as properties, and one faint feature per alternative identification.
 */
export function placesToGeoJson(places: readonly Place[], mentionAlternatives: ReadonlyMap<string, NonNullable<Place['alternatives']>> = new Map()): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: places.flatMap((place) => {
      const labels = placeLabels(place);
      const main = {
        type: 'Feature' as const,
        id: place.id,
        properties: {
          id: place.id,
          kind: place.kind,
          confidence: place.confidence,
          role: 'place',
          label_telegram: labels.telegram,
          label_modern: labels.modern,
          label_hangul: labels.hangul,
          label_hanja: labels.hanja,
        },
        geometry: place.geometry,
      };
      // A candidate with no sourced coordinate is listed in the card but not drawn. Mentions' own candidates are drawn with their place's.
      const candidates = [...(place.alternatives ?? []), ...(mentionAlternatives.get(place.id) ?? [])];
      const alternatives = candidates.flatMap((alternative, index) => (alternative.geometry === null ? [] : [{
        type: 'Feature' as const,
        id: `${place.id}--alt-${index}`,
        properties: {
          id: `${place.id}--alt-${index}`,
          placeId: place.id,
          kind: place.kind,
          confidence: alternative.confidence,
          role: 'alternative',
          label_telegram: alternative.label,
          label_modern: alternative.label,
          label_hangul: alternative.hangul ?? alternative.label,
          label_hanja: alternative.hanja ?? alternative.label,
        },
        geometry: alternative.geometry,
      }]));
      return [main, ...alternatives];
    }),
  };
}
