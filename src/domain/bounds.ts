import type { Position } from 'geojson';

export type Bounds = [[number, number], [number, number]];

/** The south-west and north-east corners around positions (longitude first), or undefined for none. */
export function boundsOf(positions: readonly Position[]): Bounds | undefined {
  if (positions.length === 0) return undefined;
  const lons = positions.map(([lon]) => lon ?? 0);
  const lats = positions.map(([, lat]) => lat ?? 0);
  return [
    [Math.min(...lons), Math.min(...lats)],
    [Math.max(...lons), Math.max(...lats)],
  ];
}
