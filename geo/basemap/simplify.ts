// Simplification for the coarse set that leaves the detail box at full resolution.
//
// The app draws the coarse land at every zoom and the detail land over it when zoomed in
// on Seoul. Were the coarse coast simplified inside the detail box too, slivers of coarse
// land would show beyond the detailed coast. Keeping every vertex inside the box makes
// the two sets coincide there; everywhere else Douglas-Peucker keeps each dropped vertex
// within the tolerance of the simplified line.

import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import type { Box } from './shoreline';

export function inBox(p: Position, box: Box): boolean {
  const [lon, lat] = p;
  return lon !== undefined && lat !== undefined && lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;
}

/** Douglas-Peucker on an open polyline; both ends are always kept. */
function simplifyRun(run: readonly Position[], tolerance: number): Position[] {
  if (run.length <= 2) return [...run];
  // highQuality skips turf's radial pre-pass, so the tolerance bound is exactly Douglas-Peucker's.
  return turf.simplify(turf.lineString([...run]), { tolerance, highQuality: true }).geometry.coordinates;
}

/** Simplifies a line, keeping every vertex inside `keep` and anchoring the simplified stretches on them. */
export function simplifyLineOutside(coords: readonly Position[], keep: Box, tolerance: number): Position[] {
  const inside = coords.map((p) => inBox(p, keep));
  const out: Position[] = [];
  let i = 0;
  while (i < coords.length) {
    const p = coords[i];
    if (p === undefined) break;
    if (inside[i] === true) {
      out.push(p);
      i += 1;
      continue;
    }
    let j = i;
    while (j < coords.length && inside[j] !== true) j += 1;
    // Anchor the outside stretch on the kept vertices around it, so it joins them exactly.
    const start = i > 0 ? i - 1 : i;
    const end = j < coords.length ? j : j - 1;
    const simple = simplifyRun(coords.slice(start, end + 1), tolerance);
    const from = start < i ? 1 : 0; // the anchor before is already in `out`
    const to = end === j ? simple.length - 1 : simple.length; // the anchor after is pushed next
    out.push(...simple.slice(from, to));
    i = j;
  }
  return out;
}

/** Simplifies a closed ring the same way; null if it has no vertex in `keep` and collapses. */
export function simplifyRingOutside(ring: readonly Position[], keep: Box, tolerance: number): Position[] | null {
  const open = ring.slice(0, -1);
  const firstInside = open.findIndex((p) => inBox(p, keep));
  if (firstInside < 0) {
    // Wholly outside: turf's polygon simplification keeps the ring valid (at least 4 positions).
    const simple = turf.simplify(turf.polygon([[...ring]]), { tolerance, highQuality: true });
    return simple.geometry.coordinates[0] ?? null;
  }
  // Start the ring on a kept vertex so that no outside stretch wraps around its seam.
  const rotated = [...open.slice(firstInside), ...open.slice(0, firstInside)];
  const start = rotated[0];
  if (start === undefined) return null;
  return simplifyLineOutside([...rotated, start], keep, tolerance);
}

/**
 * Like simplifyRingOutside, but never lets the ring cross itself. Douglas-Peucker can make
 * two stretches of coast that run within the tolerance of each other cross (it does in the
 * narrow channels of the Yalu mouth and Haeju Bay); the original vertices of the crossing
 * segments are put back, and the check repeated, which ends at worst in the original
 * (simple) ring. Repairing locally keeps the rest of the ring at the full tolerance.
 */
export function simplifyRingSimple(ring: readonly Position[], keep: Box, tolerance: number): Position[] | null {
  let simple = simplifyRingOutside(ring, keep, tolerance);
  for (let pass = 0; simple !== null && pass < 50; pass += 1) {
    const crossings = turf.kinks(turf.polygon([simple])).features.map((f) => f.geometry.coordinates);
    if (crossings.length === 0) return simple;
    simple = restoreSegments(ring, simple, crossings);
  }
  if (simple === null) return null;
  throw new Error('simplified ring still crosses itself');
}

const key = (p: Position): string => `${p[0]},${p[1]}`;

/** Puts back the original vertices under every simplified segment that passes through one of `points`. */
function restoreSegments(original: readonly Position[], simple: readonly Position[], points: readonly Position[]): Position[] {
  const open = original.slice(0, -1);
  const indexOf = new Map<string, number>();
  open.forEach((p, i) => {
    if (!indexOf.has(key(p))) indexOf.set(key(p), i);
  });
  const out: Position[] = [];
  for (let s = 0; s + 1 < simple.length; s += 1) {
    const a = simple[s];
    const b = simple[s + 1];
    if (a === undefined || b === undefined) continue;
    out.push(a);
    if (!points.some((p) => onSegment(p, a, b))) continue;
    const from = indexOf.get(key(a));
    const to = indexOf.get(key(b));
    if (from === undefined || to === undefined) throw new Error('simplified vertex not in the original ring');
    for (let i = (from + 1) % open.length; i !== to; i = (i + 1) % open.length) {
      const p = open[i];
      if (p !== undefined) out.push(p);
    }
  }
  const first = out[0];
  if (first !== undefined) out.push(first);
  return out;
}

/** Whether p lies on segment ab (within a rounding-error margin). */
function onSegment(p: Position, a: Position, b: Position): boolean {
  const [px = 0, py = 0] = p;
  const [ax = 0, ay = 0] = a;
  const [bx = 0, by = 0] = b;
  const eps = 1e-9;
  if (px < Math.min(ax, bx) - eps || px > Math.max(ax, bx) + eps || py < Math.min(ay, by) - eps || py > Math.max(ay, by) + eps) {
    return false;
  }
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  return Math.abs(cross) <= eps * Math.max(1, Math.hypot(bx - ax, by - ay));
}
