// Turning GSHHG shoreline pieces into polygons.
//
// `gmt coast -M` dumps only shoreline lines, cut at the region box, never filled polygons.
// GSHHG keeps land on the left of every shoreline (land rings counter-clockwise, lake rings
// clockwise), so after joining the bin pieces (gmt-dump.ts) each feature is either a closed
// ring or an open chain that enters and leaves through the region box. An open chain is
// closed by walking counter-clockwise along the box from where it leaves to the nearest
// point where a chain enters: that walk keeps the land on the left as well.

import { type Coord, type Piece, isClosed } from './gmt-dump';

export interface Box {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export type Ring = readonly Coord[];

/** Closed rings of one shoreline level (1 land, 2 lake), chains closed along the box. */
export function shorelineRings(pieces: readonly Piece[], level: number, box: Box): Ring[] {
  const ofLevel = pieces.filter((p) => p.kind === 'Shore' && p.level === level);
  const rings: Ring[] = ofLevel.filter((p) => isClosed(p.coords)).map((p) => p.coords);
  return [...rings, ...closeAlongBox(ofLevel.filter((p) => !isClosed(p.coords)), box)];
}

/** Position of a boundary point along the box perimeter, counter-clockwise from the south-west corner. */
function perimeterPosition(c: Coord, box: Box): number {
  const width = box.east - box.west;
  const height = box.north - box.south;
  const eps = 1e-6;
  if (Math.abs(c[1] - box.south) < eps) return c[0] - box.west;
  if (Math.abs(c[0] - box.east) < eps) return width + (c[1] - box.south);
  if (Math.abs(c[1] - box.north) < eps) return width + height + (box.east - c[0]);
  if (Math.abs(c[0] - box.west) < eps) return 2 * width + height + (box.north - c[1]);
  throw new Error(`chain end ${c[0]},${c[1]} is not on the region box: a piece failed to join`);
}

/** Box corners in counter-clockwise order with their perimeter positions. */
function corners(box: Box): { at: number; coord: Coord }[] {
  const width = box.east - box.west;
  const height = box.north - box.south;
  return [
    { at: 0, coord: [box.west, box.south] },
    { at: width, coord: [box.east, box.south] },
    { at: width + height, coord: [box.east, box.north] },
    { at: 2 * width + height, coord: [box.west, box.north] },
  ];
}

/** Counter-clockwise distance along the perimeter from a to b, in [0, perimeter). */
function ccwDistance(a: number, b: number, perimeter: number): number {
  return (((b - a) % perimeter) + perimeter) % perimeter;
}

function closeAlongBox(chains: readonly Piece[], box: Box): Ring[] {
  const perimeter = 2 * (box.east - box.west + box.north - box.south);
  const entries = chains.map((chain) => ({
    chain,
    start: perimeterPosition(endpoint(chain, 'first'), box),
    end: perimeterPosition(endpoint(chain, 'last'), box),
  }));
  const rings: Ring[] = [];
  const done = new Set<number>();
  for (let i = 0; i < entries.length; i += 1) {
    if (done.has(i)) continue;
    const ring: Coord[] = [];
    for (let j = i; !done.has(j); ) {
      const here = entries[j];
      if (here === undefined) throw new Error('chain index out of range');
      done.add(j);
      ring.push(...here.chain.coords);
      j = nextEntry(entries, here.end, perimeter);
      const next = entries[j];
      if (next === undefined) throw new Error('chain index out of range');
      ring.push(...cornersBetween(box, here.end, next.start, perimeter));
    }
    const first = ring[0];
    if (first === undefined) throw new Error('empty ring');
    ring.push(first);
    rings.push(ring);
  }
  return rings;
}

/** The chain whose start is reached first walking counter-clockwise from `from`. */
function nextEntry(entries: readonly { start: number }[], from: number, perimeter: number): number {
  let best = -1;
  let bestDistance = Infinity;
  entries.forEach((e, k) => {
    const d = ccwDistance(from, e.start, perimeter);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

function cornersBetween(box: Box, from: number, to: number, perimeter: number): Coord[] {
  const span = ccwDistance(from, to, perimeter);
  return corners(box)
    .map((c) => ({ ...c, d: ccwDistance(from, c.at, perimeter) }))
    .filter((c) => c.d > 0 && c.d < span)
    .sort((a, b) => a.d - b.d)
    .map((c) => c.coord);
}

function endpoint(piece: Piece, which: 'first' | 'last'): Coord {
  const c = which === 'first' ? piece.coords[0] : piece.coords[piece.coords.length - 1];
  if (c === undefined) throw new Error('empty chain');
  return c;
}

/** Twice the signed area (shoelace); positive for counter-clockwise rings. */
export function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const a = ring[i];
    const b = ring[i + 1];
    if (a !== undefined && b !== undefined) sum += a[0] * b[1] - b[0] * a[1];
  }
  return sum;
}
