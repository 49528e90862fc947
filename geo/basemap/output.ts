// Writing GeoJSON for the web: coordinates rounded to 5 decimals (about 1 m), one feature
// per line so that a data change shows up as a readable diff, and nothing that varies
// between runs (no timestamps, stable feature order) so reruns are byte-identical.

import { writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Position } from 'geojson';
import type { Coord } from './gmt-dump';
import type { Box } from './shoreline';

export function round5(v: number): number {
  // `+ 0` turns -0 into 0, which JSON would otherwise print as "0" anyway but keeps intent clear.
  return Math.round(v * 1e5) / 1e5 + 0;
}

/** Rounds and drops points that became equal to their predecessor. */
export function roundLine(coords: readonly Coord[] | readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const c of coords) {
    const lon = c[0];
    const lat = c[1];
    if (lon === undefined || lat === undefined) continue;
    const p = [round5(lon), round5(lat)];
    const prev = out[out.length - 1];
    if (prev === undefined || prev[0] !== p[0] || prev[1] !== p[1]) out.push(p);
  }
  return out;
}

/** Rounds a closed ring; returns null when rounding collapses it below a valid ring (4 positions). */
export function roundRing(coords: readonly Coord[] | readonly Position[]): Position[] | null {
  const ring = roundLine(coords);
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first === undefined || last === undefined) return null;
  if (first[0] !== last[0] || first[1] !== last[1]) ring.push([first[0] ?? 0, first[1] ?? 0]);
  return ring.length >= 4 ? ring : null;
}

export function bboxOf(box: Box): [number, number, number, number] {
  return [box.west, box.south, box.east, box.north];
}

/** Writes a FeatureCollection, one feature per line; returns the byte size written. */
export function writeCollection(
  path: string,
  features: readonly Feature<Geometry, GeoJsonProperties>[],
  bbox: [number, number, number, number],
): number {
  const head: Omit<FeatureCollection, 'features'> = { type: 'FeatureCollection', bbox };
  const open = JSON.stringify(head).slice(0, -1);
  const body = features.map((f) => JSON.stringify(f)).join(',\n');
  const text = `${open},"features":[\n${body}\n]}\n`;
  writeFileSync(path, text);
  return Buffer.byteLength(text);
}
