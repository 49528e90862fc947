import type { FeatureCollection } from 'geojson';
import type { Place } from '../schema/place-schema';
import { placeLabels } from '../glyphs/label-text';

/**
 * The gazetteer as map features: one per place, its id promoted for feature-state (hover, selection), the four
 * label languages as properties, and one faint feature per alternative identification.
 */
function shortName(label: string): string {
  return label.split(' (')[0] ?? label;
}

/** The middle of the northern side of a ring's bounding box (the edge itself for the rectangles drawn so far). */
function northEdgeMidpoint(rings: readonly (readonly (readonly number[])[])[]): { type: 'Point'; coordinates: [number, number] } {
  const ring = rings[0] ?? [];
  const lons = ring.map((position) => position[0] ?? 0);
  const lats = ring.map((position) => position[1] ?? 0);
  return { type: 'Point', coordinates: [(Math.min(...lons) + Math.max(...lons)) / 2, Math.max(...lats)] };
}

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
          // "Cheongpyeong (Cheongpyeong-ri, 1951: ...)" is named on the map as "Cheongpyeong"; the card has the rest.
          label_telegram: shortName(alternative.label),
          label_modern: shortName(alternative.label),
          label_hangul: alternative.hangul ?? shortName(alternative.label),
          label_hanja: alternative.hanja ?? shortName(alternative.label),
        },
        geometry: alternative.geometry,
      }]));
      // An area's name goes on its northern edge, once: a label at a polygon's centre reads as a point, and a
      // polygon cut into tiles gets one label per piece.
      const edgeLabel =
        place.geometry.type === 'Polygon'
          ? [{ type: 'Feature' as const, id: `${place.id}--edge`, properties: { ...main.properties, id: `${place.id}--edge`, placeId: place.id, role: 'area-label' }, geometry: northEdgeMidpoint(place.geometry.coordinates) }]
          : [];
      return [main, ...alternatives, ...edgeLabel];
    }),
  };
}
