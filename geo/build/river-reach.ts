import { length, lineSlice, lineString, point } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Position } from 'geojson';
import type { Place } from '../schema/place-schema';

/**
 * The drawn course of a river named in the telegram: the basemap's GSHHG line of the same name, cut to the reach
 * the gazetteer record gives (its first and last points) and kept in the gazetteer's downstream order. The
 * gazetteer's own line is a sketch through a few sourced points; GSHHG follows the real channel, so crossings
 * and bank lines drawn on it sit where the river is on the map.
 */
export function riverReach(place: Place, rivers: FeatureCollection): Position[] | undefined {
  if (place.geometry.type !== 'LineString') return undefined;
  const candidates = rivers.features.filter(
    (feature): feature is Feature<LineString> => feature.geometry.type === 'LineString' && feature.properties?.name === place.title,
  );
  const longest = candidates.sort((a, b) => length(b) - length(a))[0];
  if (longest === undefined) return undefined;
  const first = place.geometry.coordinates[0];
  const last = place.geometry.coordinates.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const reach = lineSlice(point(first), point(last), longest).geometry.coordinates;
  const start = reach[0];
  const end = reach.at(-1);
  if (start === undefined || end === undefined) return undefined;
  const distance = (a: Position, b: Position): number => length(lineString([a, b]));
  return distance(start, first) <= distance(end, first) ? reach : [...reach].reverse();
}

/** The gazetteer with every river's geometry replaced by its drawn reach, for building map features. */
export function withDrawnRivers(places: readonly Place[], rivers: FeatureCollection): Place[] {
  return places.map((place) => {
    const reach = riverReach(place, rivers);
    return reach === undefined ? place : { ...place, geometry: { type: 'LineString', coordinates: reach as [number, number][] } };
  });
}
