import { booleanPointInPolygon, lineIntersect, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildGeometry, type PlaceShape } from './situation-geometry';

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
