import { along, bearing as bearingBetween, buffer, circle, convex, destination, featureCollection, length, lineOffset, lineSlice, lineString, nearestPointOnLine, point } from '@turf/turf';
import type { Feature, LineString, Point, Polygon, Position } from 'geojson';
import type { Geometry as PlaceGeometry } from '../../geo/schema/geometry-schema';
import type { GeometrySpec } from '../../geo/schema/situation-schema';

/** What the geometry builder needs of a gazetteer place. */
export interface PlaceShape {
  id: string;
  geometry: PlaceGeometry;
}

export type Lookup = (id: string) => PlaceShape;

/** The representative point of a place: the point itself, a river's middle, or an area's centre of vertices. */
export function placePoint(place: PlaceShape): Position {
  const geometry = place.geometry;
  if (geometry.type === 'Point') return geometry.coordinates;
  if (geometry.type === 'LineString') return along(lineString(geometry.coordinates), length(lineString(geometry.coordinates)) / 2).geometry.coordinates;
  const ring = geometry.coordinates[0] ?? [];
  const vertices = ring.slice(0, -1);
  const sum = vertices.reduce<[number, number]>((total, [lon, lat]) => [total[0] + lon, total[1] + lat], [0, 0]);
  return [sum[0] / vertices.length, sum[1] / vertices.length];
}

function riverLine(river: PlaceShape): Feature<LineString> {
  if (river.geometry.type !== 'LineString') throw new Error(`${river.id} is not a river line`);
  return lineString(river.geometry.coordinates);
}

/** The stretch of a river between the points nearest `from` and `to`, moved off the river to one bank. */
export function alongBank(river: PlaceShape, from: Position, to: Position, bank: 'north' | 'south', offsetKm: number): Position[] {
  const line = riverLine(river);
  const stretch = lineSlice(point(from), point(to), line);
  // lineSlice returns the stretch in the river's own direction; keep the order the text walks it.
  const coordinates = stretch.geometry.coordinates;
  const first = coordinates[0];
  const last = coordinates.at(-1);
  if (first === undefined || last === undefined) return [];
  const forward = bearingDistance(first, from) <= bearingDistance(last, from);
  const ordered = lineString(forward ? coordinates : [...coordinates].reverse());
  if (offsetKm === 0) return ordered.geometry.coordinates;
  return offsetToward(ordered.geometry.coordinates, bank, offsetKm);
}

export type Compass = 'north' | 'south' | 'east' | 'west';

/**
 * A line moved `offsetKm` to one side, the side named by the compass (a river's south bank, the west side of a
 * boundary): of the two parallel lines, the one whose mean lies further that way.
 */
export function offsetToward(coordinates: Position[], toward: Compass, offsetKm: number): Position[] {
  const line = lineString(coordinates);
  const one = lineOffset(line, offsetKm, { units: 'kilometers' }).geometry.coordinates;
  const other = lineOffset(line, -offsetKm, { units: 'kilometers' }).geometry.coordinates;
  const axis = toward === 'north' || toward === 'south' ? 1 : 0;
  const mean = (positions: Position[]): number => positions.reduce((sum, position) => sum + (position[axis] ?? 0), 0) / positions.length;
  const furtherUp = mean(one) > mean(other) ? one : other;
  const furtherDown = furtherUp === one ? other : one;
  return toward === 'north' || toward === 'east' ? furtherUp : furtherDown;
}

function bearingDistance(a: Position, b: Position): number {
  return Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0));
}

/**
 * An arrow's head: a point at the tip carrying the heading of the last segment. The map draws it as an icon
 * rotated to that bearing, so it keeps its size on screen at every zoom.
 */
export function arrowhead(line: Position[]): Feature<Point, { bearing: number }> {
  const tip = line.at(-1);
  const before = line.at(-2);
  if (tip === undefined || before === undefined) throw new Error('an arrow needs two points');
  return point(tip, { bearing: bearingBetween(point(before), point(tip)) });
}

export interface BuiltGeometry {
  body: Feature<LineString | Polygon | Point>;
  head?: Feature<Point, { bearing: number }>;
  /** For side labels: the text to draw along the body line. */
  text?: string;
}

/**
 * Builds the map geometry of one statement part from its spec and the gazetteer; `earlier` holds the statement's
 * parts built before it (a side label runs beside one of them).
 */
export function buildGeometry(spec: GeometrySpec, lookup: Lookup, earlier: readonly BuiltGeometry[] = []): BuiltGeometry {
  switch (spec.type) {
    case 'place': {
      const place = lookup(spec.place);
      return { body: { type: 'Feature', properties: {}, geometry: place.geometry } };
    }
    case 'area': {
      const points = spec.places.map((id) => point(placePoint(lookup(id))));
      const first = points[0];
      if (points.length === 1 && first !== undefined) return { body: circle(first, spec.bufferKm, { units: 'kilometers', steps: 48 }) };
      const hull = points.length >= 3 ? convex(featureCollection(points)) : null;
      const core = hull ?? lineString(points.map((p) => p.geometry.coordinates));
      const widened = buffer(core, spec.bufferKm, { units: 'kilometers', steps: 12 });
      if (widened === undefined || widened.geometry.type !== 'Polygon') throw new Error(`area around ${spec.places.join(', ')} did not buffer to a polygon`);
      return { body: widened as Feature<Polygon> };
    }
    case 'line': {
      const coordinates: Position[] = [];
      spec.through.forEach((waypoint, index) => {
        if ('place' in waypoint) {
          coordinates.push(placePoint(lookup(waypoint.place)));
          return;
        }
        const previous = spec.through[index - 1];
        const next = spec.through[index + 1];
        if (previous === undefined || next === undefined || !('place' in previous) || !('place' in next)) {
          throw new Error(`a river stretch along ${waypoint.alongRiver} needs a place before and after it`);
        }
        coordinates.push(...alongBank(lookup(waypoint.alongRiver), placePoint(lookup(previous.place)), placePoint(lookup(next.place)), waypoint.bank, waypoint.offsetKm));
      });
      return { body: lineString(coordinates) };
    }
    case 'arrow': {
      const coordinates = spec.through.map((id) => placePoint(lookup(id)));
      const firstPoint = coordinates[0];
      if (spec.startOffset !== undefined && firstPoint !== undefined) {
        coordinates[0] = destination(point(firstPoint), spec.startOffset.km, spec.startOffset.bearing, { units: 'kilometers' }).geometry.coordinates;
      }
      return { body: lineString(coordinates), head: arrowhead(coordinates) };
    }
    case 'crossing': {
      const river = riverLine(lookup(spec.river));
      const nearest = nearestPointOnLine(river, point(placePoint(lookup(spec.at))), { units: 'kilometers' });
      const position = nearest.properties.location + (spec.shiftKm ?? 0);
      const centre = along(river, Math.max(0, Math.min(length(river), position)), { units: 'kilometers' });
      const from = destination(centre, spec.lengthKm / 2, spec.bearing + 180, { units: 'kilometers' }).geometry.coordinates;
      const to = destination(centre, spec.lengthKm / 2, spec.bearing, { units: 'kilometers' }).geometry.coordinates;
      const coordinates = [from, to];
      return { body: lineString(coordinates), head: arrowhead(coordinates) };
    }
    case 'side-label': {
      const line = earlier[spec.of]?.body.geometry;
      if (line?.type !== 'LineString') throw new Error(`a side label needs a line drawn before it at part ${spec.of}`);
      return { body: lineString(offsetToward(line.coordinates, spec.side, spec.offsetKm)), text: spec.text };
    }
  }
}
