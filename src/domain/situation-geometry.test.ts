import { booleanPointInPolygon, lineIntersect, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildGeometry, offsetToward, type PlaceShape } from './situation-geometry';

// A synthetic river flowing west along 37.5 N with a bend, and towns on both banks (not real places).
const places: PlaceShape[] = [
  { id: 'river', geometry: { type: 'LineString', coordinates: [[127.4, 37.52], [127.2, 37.5], [127.0, 37.53], [126.8, 37.5]] } },
  { id: 'north-town', geometry: { type: 'Point', coordinates: [127.1, 37.6] } },
  { id: 'east-town', geometry: { type: 'Point', coordinates: [127.35, 37.45] } },
  { id: 'west-town', geometry: { type: 'Point', coordinates: [126.85, 37.45] } },
  { id: 'far-town', geometry: { type: 'Point', coordinates: [127.0, 37.3] } },
];
const lookup = (id: string): PlaceShape => {
  const place = places.find((candidate) => candidate.id === id);
  if (place === undefined) throw new Error(`no place ${id}`);
  return place;
};
const river = lineString((places[0]?.geometry as LineString).coordinates);

describe('buildGeometry', () => {
  it('draws a crossing that actually crosses the river, pointing the way it is ordered', () => {
    const { body, head } = buildGeometry({ type: 'crossing', river: 'river', at: 'north-town', bearing: 180, lengthKm: 4 }, lookup);
    const line = body.geometry as LineString;
    expect(lineIntersect(lineString(line.coordinates), river).features).toHaveLength(1);
    const [from, to] = line.coordinates as [Position, Position];
    expect(from[1] ?? 0).toBeGreaterThan(to[1] ?? 0);
    expect(head?.geometry.coordinates).toEqual(to);
    expect(head?.properties.bearing).toBeCloseTo(180, 0);
  });

  it('shifts "above" and "below" crossings along the river', () => {
    const above = buildGeometry({ type: 'crossing', river: 'river', at: 'north-town', bearing: 180, lengthKm: 4, shiftKm: -5 }, lookup);
    const below = buildGeometry({ type: 'crossing', river: 'river', at: 'north-town', bearing: 180, lengthKm: 4, shiftKm: 5 }, lookup);
    const lon = (built: typeof above): number => (built.body.geometry as LineString).coordinates[0]?.[0] ?? 0;
    expect(lon(above)).toBeGreaterThan(lon(below)); // the river flows west: upstream is east
  });

  it('runs a line along the south bank between two places, south of the river', () => {
    const { body } = buildGeometry({ type: 'line', through: [{ place: 'east-town' }, { alongRiver: 'river', bank: 'south', offsetKm: 1.5 }, { place: 'west-town' }] }, lookup);
    const coordinates = (body.geometry as LineString).coordinates;
    expect(coordinates[0]).toEqual([127.35, 37.45]);
    expect(coordinates.at(-1)).toEqual([126.85, 37.45]);
    const bankPoints = coordinates.slice(1, -1);
    expect(bankPoints.length).toBeGreaterThan(2);
    for (const position of bankPoints) {
      const nearest = pointToLineDistance(point(position), river, { units: 'kilometers' });
      expect(nearest).toBeGreaterThan(1.2);
      expect(nearest).toBeLessThan(1.8);
    }
    // Starting from the east town, the bank stretch begins in the east.
    expect(bankPoints[0]?.[0] ?? 0).toBeGreaterThan(bankPoints.at(-1)?.[0] ?? 0);
  });

  it('draws an area that holds all its places', () => {
    const { body } = buildGeometry({ type: 'area', places: ['east-town', 'west-town', 'far-town'], bufferKm: 3 }, lookup);
    for (const id of ['east-town', 'west-town', 'far-town']) {
      expect(booleanPointInPolygon(point((lookup(id).geometry as { coordinates: Position }).coordinates), body as never)).toBe(true);
    }
  });

  it('ends an arrow at its last place with a head there', () => {
    const { body, head } = buildGeometry({ type: 'arrow', through: ['far-town', 'west-town', 'north-town'] }, lookup);
    expect((body.geometry as LineString).coordinates.at(-1)).toEqual([127.1, 37.6]);
    expect(head?.geometry.coordinates).toEqual([127.1, 37.6]);
  });
});

describe('side labels along a line', () => {
  // A boundary that runs north-north-west, as the demarcation line through Seoul does.
  const boundary: Position[] = [[126.955, 37.505], [126.965, 37.53], [126.937, 37.579]];
  const meanLon = (positions: Position[]): number => positions.reduce((sum, [lon = 0]) => sum + lon, 0) / positions.length;

  it('puts the west side west of the line and the east side east of it, whichever way the line runs', () => {
    for (const line of [boundary, [...boundary].reverse()]) {
      const west = offsetToward(line, 'west', 0.6);
      const east = offsetToward(line, 'east', 0.6);
      expect(meanLon(west)).toBeLessThan(meanLon(line));
      expect(meanLon(east)).toBeGreaterThan(meanLon(line));
      // Near the distance asked for: the offset is taken in degrees, so across a north-south line it shrinks by
      // the cosine of the latitude (0.6 km -> 0.48 km at 37.5 N); a label needs no more precision than that.
      const distance = pointToLineDistance(point(west[0] ?? [0, 0]), lineString(line), { units: 'kilometers' });
      expect(distance).toBeGreaterThan(0.4);
      expect(distance).toBeLessThan(0.65);
    }
  });

  it('builds the label as a line beside the part it names, and refuses a part that is not a line', () => {
    const line = buildGeometry({ type: 'line', through: [{ place: 'west-town' }, { place: 'north-town' }] }, lookup);
    const label = buildGeometry({ type: 'side-label', text: 'west side', of: 0, side: 'west', offsetKm: 1 }, lookup, [line]);
    expect(label.text).toBe('west side');
    expect(label.body.geometry.type).toBe('LineString');
    expect(meanLon((label.body.geometry as LineString).coordinates)).toBeLessThan(meanLon((line.body.geometry as LineString).coordinates));
    const dot = buildGeometry({ type: 'place', place: 'north-town' }, lookup);
    expect(() => buildGeometry({ type: 'side-label', text: 'x', of: 0, side: 'east', offsetKm: 1 }, lookup, [dot])).toThrow(/needs a line/);
  });
});
