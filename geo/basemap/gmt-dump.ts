// Reading the multisegment text that `gmt coast -M` writes, and joining its bin pieces.
//
// GMT stores GSHHG/WDBII in 1-degree bins (at -Df) and dumps every feature cut at bin edges:
// one "> Shore Bin # 18846, Level 1" header per piece. The pieces of one feature meet at
// exactly the same printed coordinates on the bin edge, so joining them is a matter of
// matching one piece's last point to the next piece's first point.

import { readFileSync } from 'node:fs';

/** A longitude/latitude pair in degrees. */
export type Coord = readonly [number, number];

export type PieceKind = 'Shore' | 'River' | 'Border';

/** One bin piece as GMT printed it, or several joined ones. */
export interface Piece {
  readonly kind: PieceKind;
  /** GSHHG level: shore 1 land, 2 lake...; river 1 double-lined, 2 permanent major, 3 additional major...; border 1 national. */
  readonly level: number;
  readonly coords: readonly Coord[];
}

const HEADER = /^> (Shore|River|Border) Bin # \d+, Level (\d+)/;

/** Parses a `gmt coast -M` dump. Pieces without extent are dropped (see isDegenerate). */
export function readGmtDump(path: string): Piece[] {
  const pieces: Piece[] = [];
  let current: { kind: PieceKind; level: number; coords: Coord[] } | null = null;
  const flush = (): void => {
    if (current !== null && !isDegenerate(current.coords)) pieces.push(current);
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.startsWith('>')) {
      flush();
      const match = HEADER.exec(line);
      if (match === null) throw new Error(`${path}: unexpected segment header "${line}"`);
      current = { kind: match[1] as PieceKind, level: Number(match[2]), coords: [] };
    } else if (line.trim() !== '') {
      if (current === null) throw new Error(`${path}: coordinates before the first header`);
      const [lon, lat] = line.trim().split(/\s+/).map(Number);
      if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
        throw new Error(`${path}: bad coordinate line "${line}"`);
      }
      current.coords.push([lon, lat]);
    }
  }
  flush();
  return pieces;
}

/**
 * GMT also prints empty segments and two-point segments whose points coincide (a feature
 * that only touches a bin corner or edge). They carry no geometry and, left in, would
 * create false joins at bin edges.
 */
function isDegenerate(coords: readonly Coord[]): boolean {
  const first = coords[0];
  return first === undefined || coords.every((c) => samePoint(c, first));
}

/** GMT prints identical edge points in both bins; 1e-6 degree (0.1 m) absorbs print rounding only. */
export function samePoint(a: Coord, b: Coord): boolean {
  return Math.abs(a[0] - b[0]) < 1e-6 && Math.abs(a[1] - b[1]) < 1e-6;
}

export function isClosed(coords: readonly Coord[]): boolean {
  const first = coords[0];
  const last = coords[coords.length - 1];
  return first !== undefined && last !== undefined && coords.length >= 4 && samePoint(first, last);
}

function pointKey(c: Coord): string {
  return `${c[0].toFixed(6)} ${c[1].toFixed(6)}`;
}

function first(piece: Piece): Coord {
  const c = piece.coords[0];
  if (c === undefined) throw new Error('empty piece');
  return c;
}

function last(piece: Piece): Coord {
  const c = piece.coords[piece.coords.length - 1];
  if (c === undefined) throw new Error('empty piece');
  return c;
}

/**
 * Joins pieces end to start into whole features. Pieces are never reversed: GSHHG keeps
 * land on the left of the shoreline, so reversing one would flip which side is land.
 * A join is made only where it is unambiguous (exactly one piece ends and exactly one
 * piece starts at that point); at a river confluence two pieces end at one point and the
 * tributary is left as its own line. Closed pieces pass through untouched.
 */
export function joinPieces(pieces: readonly Piece[]): Piece[] {
  const open = pieces.filter((p) => !isClosed(p.coords));
  const startsAt = groupBy(open, (p) => pointKey(first(p)));
  const endsAt = groupBy(open, (p) => pointKey(last(p)));

  const next = new Map<Piece, Piece>();
  const hasPrevious = new Set<Piece>();
  for (const piece of open) {
    const key = pointKey(last(piece));
    const successors = startsAt.get(key) ?? [];
    const rivals = endsAt.get(key) ?? [];
    const successor = successors[0];
    if (successors.length === 1 && rivals.length === 1 && successor !== undefined && successor !== piece) {
      next.set(piece, successor);
      hasPrevious.add(successor);
    }
  }

  const joined: Piece[] = pieces.filter((p) => isClosed(p.coords));
  const used = new Set<Piece>();
  const walk = (head: Piece): void => {
    const chain: Piece[] = [];
    for (let p: Piece | undefined = head; p !== undefined && !used.has(p); p = next.get(p)) {
      used.add(p);
      chain.push(p);
    }
    joined.push(concatenate(chain));
  };
  // Heads first, so open chains come out whole; what is left over are cycles of pieces.
  for (const piece of open) if (!hasPrevious.has(piece)) walk(piece);
  for (const piece of open) if (!used.has(piece)) walk(piece);
  return joined;
}

function concatenate(chain: readonly Piece[]): Piece {
  const head = chain[0];
  if (head === undefined) throw new Error('empty chain');
  const coords: Coord[] = [...head.coords];
  for (const piece of chain.slice(1)) coords.push(...piece.coords.slice(1));
  // A river chain mixes levels when its class changes downstream; keep the most important.
  const level = Math.min(...chain.map((p) => p.level));
  return { kind: head.kind, level, coords };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group === undefined) groups.set(k, [item]);
    else group.push(item);
  }
  return groups;
}
