// River lines: cut at confluences, then named from cited checkpoints (river-names.json).

import * as turf from '@turf/turf';
import { readFileSync } from 'node:fs';
import { type Coord, type Piece, samePoint } from './gmt-dump';

export interface Checkpoint {
  readonly label: string;
  readonly lon: number;
  readonly lat: number;
  readonly source: string;
  /** false: recorded and reported, but never names a line (e.g. a confluence, near every line that meets there). */
  readonly evidence?: boolean;
}

export interface RiverName {
  readonly name: string;
  readonly hangul: string;
  readonly hanja: string;
  readonly checkpoints: readonly Checkpoint[];
}

export interface RiverNames {
  readonly toleranceKm: number;
  readonly rivers: readonly RiverName[];
}

export interface RiverLine {
  readonly level: number;
  readonly coords: readonly Coord[];
  readonly river?: RiverName;
}

/** One row of the evidence report printed by assemble.ts and copied into the README. */
export interface CheckpointReport {
  readonly river: string;
  readonly label: string;
  readonly distanceKm: number;
  readonly evidence: boolean;
}

export function readRiverNames(path: string): RiverNames {
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRiverNames(parsed)) throw new Error(`${path}: not a river-names file`);
  return parsed;
}

function isRiverNames(value: unknown): value is RiverNames {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { toleranceKm?: unknown; rivers?: unknown };
  return (
    typeof v.toleranceKm === 'number' &&
    Array.isArray(v.rivers) &&
    v.rivers.every(
      (r: unknown) =>
        typeof r === 'object' &&
        r !== null &&
        typeof (r as RiverName).name === 'string' &&
        typeof (r as RiverName).hangul === 'string' &&
        typeof (r as RiverName).hanja === 'string' &&
        Array.isArray((r as RiverName).checkpoints) &&
        (r as RiverName).checkpoints.every(
          (c) => typeof c.lon === 'number' && typeof c.lat === 'number' && typeof c.label === 'string' && typeof c.source === 'string',
        ),
    )
  );
}

/**
 * WDBII draws a main stem as one line and ends each tributary exactly on one of its
 * vertices (the Bukhan ends on the Namhan-Han line in Paldang Lake). Cutting the main
 * line at such vertices separates the reaches that carry different names: the Namhan
 * above the confluence and the Han below it.
 */
export function cutAtConfluences(lines: readonly Piece[]): Piece[] {
  const mouths = lines.map((l) => l.coords[l.coords.length - 1]).filter((c): c is Coord => c !== undefined);
  return lines.flatMap((line) => {
    const cuts: number[] = [];
    line.coords.forEach((c, i) => {
      if (i > 0 && i < line.coords.length - 1 && mouths.some((m) => samePoint(m, c))) cuts.push(i);
    });
    const bounds = [0, ...cuts, line.coords.length - 1];
    return bounds.slice(1).map((end, k) => ({ ...line, coords: line.coords.slice(bounds[k], end + 1) }));
  });
}

function distanceKm(c: Checkpoint, line: readonly Coord[]): number {
  return turf.pointToLineDistance(turf.point([c.lon, c.lat]), turf.lineString(line.map((p) => [p[0], p[1]])), {
    units: 'kilometers',
  });
}

/**
 * Names each line from the checkpoints that lie within the tolerance of it, counting a
 * checkpoint only for the line nearest to it. Fails loudly when a checkpoint finds no
 * line or when one line collects two names, so a change in the data cannot silently
 * mislabel a river.
 */
export function nameRivers(
  lines: readonly Piece[],
  names: RiverNames,
): { lines: RiverLine[]; report: CheckpointReport[] } {
  const assigned = new Map<number, RiverName>();
  const report: CheckpointReport[] = [];
  for (const river of names.rivers) {
    for (const checkpoint of river.checkpoints) {
      const ranked = lines
        .map((line, index) => ({ index, d: distanceKm(checkpoint, line.coords) }))
        .sort((a, b) => a.d - b.d);
      const nearest = ranked[0];
      if (nearest === undefined) throw new Error('no river lines');
      const evidence = checkpoint.evidence !== false;
      report.push({ river: river.name, label: checkpoint.label, distanceKm: nearest.d, evidence });
      if (!evidence) continue;
      if (nearest.d > names.toleranceKm) {
        throw new Error(`${river.name}: checkpoint "${checkpoint.label}" is ${nearest.d.toFixed(2)} km from any line`);
      }
      const already = assigned.get(nearest.index);
      if (already !== undefined && already !== river) {
        throw new Error(`one line matches both ${already.name} and ${river.name}`);
      }
      assigned.set(nearest.index, river);
    }
  }
  return {
    lines: lines.map((line, index) => {
      const river = assigned.get(index);
      return river === undefined ? { level: line.level, coords: line.coords } : { level: line.level, coords: line.coords, river };
    }),
    report,
  };
}
