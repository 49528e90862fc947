// Turns the raw `gmt coast -M` dumps written by extract.sh into the committed GeoJSON in out/.
//
//   npx tsx geo/basemap/assemble.ts <dump directory>
//
// Inputs (from extract.sh): shore-full.txt and rivers-full.txt, the whole region at full
// resolution (-Df). The detail set is cut from the same full-resolution land here rather than
// by a second `gmt coast` run on the detail box: that box does not fall on GMT's 1-degree bin
// edges, and GMT then dumps pieces with bits of box edge in them that overlap one another.
// Every step checks what it relies on and throws rather than write a wrong map.

import * as turf from '@turf/turf';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, LineString, Polygon, Position } from 'geojson';
import { type Coord, joinPieces, readGmtDump } from './gmt-dump';
import { bboxOf, roundLine, roundRing, writeCollection } from './output';
import { cutAtConfluences, nameRivers, readRiverNames, type RiverLine } from './rivers';
import { type Box, type Ring, shorelineRings, signedArea2 } from './shoreline';
import { inBox, simplifyLineOutside, simplifyRingSimple } from './simplify';

/** The map's region (also in extract.sh). */
const REGION: Box = { west: 124, south: 33, east: 131, north: 43.5 };
/** The full-resolution detail set: Seoul, Incheon, Gimpo and the Han crossings. */
const DETAIL: Box = { west: 126.4, south: 37.2, east: 127.4, north: 37.8 };

/**
 * Douglas-Peucker tolerance for the coarse set outside the detail box, in degrees. Every
 * dropped vertex stays within this distance of the simplified line: 0.001 degree is at most
 * 111 m (a degree of latitude), well inside the 500 m allowed for the Han and Bukhan (checked
 * below, not assumed). Inside the detail box the coarse set keeps full resolution (simplify.ts).
 */
const COARSE_TOLERANCE_DEG = 0.001;
/** Islands smaller than this (km²) and wholly outside the detail box are left out of the coarse land. */
const COARSE_MIN_ISLAND_KM2 = 0.1;
/** The coarse river lines must stay this close to the full-resolution ones. */
const MAX_COARSE_OFFSET_KM = 0.5;

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, 'out');

/** Points whose land/sea status is known; a wrong fill (e.g. a reversed ring) fails here. */
const LAND_CHECKS: readonly { label: string; at: Coord; land: boolean; inDetail?: boolean }[] = [
  { label: 'Seoul City Hall', at: [126.978, 37.566], land: true, inDetail: true },
  { label: 'Chuncheon', at: [127.73, 37.88], land: true },
  { label: 'Yellow Sea', at: [125.5, 37.0], land: false },
  { label: 'Sea of Japan', at: [130, 38], land: false },
  { label: 'Ganghwa Island', at: [126.45, 37.7], land: true, inDetail: true },
  { label: 'Jeju Island', at: [126.55, 33.38], land: true },
  { label: 'Ulleung Island', at: [130.865, 37.5], land: true },
  { label: 'Gyeonggi Bay off Incheon', at: [126.45, 37.35], land: false, inDetail: true },
];

/** Reference points for the coarse-versus-full river check (the Han at Noryangjin, the Bukhan by Gapyeong). */
const RIVER_REFERENCES: readonly { river: string; label: string; at: Coord }[] = [
  { river: 'Han River', label: 'Noryangjin', at: [126.95, 37.52] },
  { river: 'Bukhan River', label: 'Gapyeong (Namiseom)', at: [127.525435, 37.79154] },
];

function main(dumpDir: string): void {
  // Files are written only once every layer is built and checked, so a failed run leaves out/ as it was.
  const pending: { name: string; features: Feature[]; box: Box }[] = [];
  const write = (name: string, features: Feature[], box: Box): void => {
    pending.push({ name, features, box });
  };

  const shore = joinPieces(readGmtDump(join(dumpDir, 'shore-full.txt')));
  const land = shorelineRings(shore, 1, REGION);
  const lakes = shorelineRings(shore, 2, REGION);
  checkOrientation(land, lakes);
  const landFull = land.map((ring) => polygon(ring));
  checkLand('full', landFull, LAND_CHECKS);

  const landCoarse = coarseLand(land);
  checkLand('coarse', landCoarse, LAND_CHECKS);
  checkSimple('coarse land', landCoarse);
  write('land-coarse.geojson', landCoarse, REGION);

  const landDetail = landFull.flatMap((f) => clipPolygon(f, DETAIL));
  checkLand('detail', landDetail, LAND_CHECKS.filter((c) => c.inDetail === true));
  checkSimple('detail land', landDetail);
  write('land-detail.geojson', landDetail, DETAIL);

  // GSHHG lake rings run clockwise (land on the left); written counter-clockwise, as RFC 7946 wants.
  write('lakes.geojson', lakes.map((ring) => polygon([...ring].reverse())), REGION);

  const riverPieces = cutAtConfluences(joinPieces(readGmtDump(join(dumpDir, 'rivers-full.txt'))));
  const { lines: rivers, report } = nameRivers(riverPieces, readRiverNames(join(here, 'river-names.json')));
  const riversFull = rivers.flatMap((r) => clipLine(r, REGION));
  const riversCoarse = riversFull.map((f) => simplifyLine(f));
  checkCoarseRivers(riversFull, riversCoarse);
  write('rivers-coarse.geojson', riversCoarse, REGION);
  write('rivers-detail.geojson', riversFull.flatMap((f) => clipFeature(f, DETAIL)), DETAIL);

  write('parallel-38.geojson', [parallel38()], REGION);

  mkdirSync(outDir, { recursive: true });
  const sizes = pending.map(({ name, features, box }): [string, number] => [
    name,
    writeCollection(join(outDir, name), features, bboxOf(box)),
  ]);
  printReport(report, rivers, sizes);
}

function polygon(ring: Ring): Feature<Polygon> {
  const rounded = roundRing(ring);
  if (rounded === null) throw new Error('ring collapsed when rounded');
  return turf.polygon([rounded]);
}

/** Land rings must run counter-clockwise and lake rings clockwise, or the fill is inverted. */
function checkOrientation(land: readonly Ring[], lakes: readonly Ring[]): void {
  if (land.some((r) => signedArea2(r) <= 0)) throw new Error('a land ring runs clockwise');
  if (lakes.some((r) => signedArea2(r) >= 0)) throw new Error('a lake ring runs counter-clockwise');
}

function checkLand(
  set: string,
  land: readonly Feature<Polygon>[],
  checks: readonly { label: string; at: Coord; land: boolean }[],
): void {
  for (const check of checks) {
    const pt = turf.point([check.at[0], check.at[1]]);
    const isLand = land.some((f) => turf.booleanPointInPolygon(pt, f));
    if (isLand !== check.land) {
      throw new Error(`${set} land: ${check.label} should be ${check.land ? 'land' : 'sea'}`);
    }
  }
}

/** Full-resolution land simplified outside the detail box; islets too small to see at that scale dropped. */
function coarseLand(land: readonly Ring[]): Feature<Polygon>[] {
  const out: Feature<Polygon>[] = [];
  for (const ring of land) {
    const positions = ring.map((c) => [c[0], c[1]]);
    const touchesDetail = positions.some((p) => inBox(p, DETAIL));
    if (!touchesDetail && turf.area(turf.polygon([positions])) / 1e6 < COARSE_MIN_ISLAND_KM2) continue;
    const simple = simplifyRingSimple(positions, DETAIL, COARSE_TOLERANCE_DEG);
    const rounded = simple === null ? null : roundRing(simple);
    if (rounded !== null) out.push(turf.polygon([rounded]));
  }
  return out;
}

/** Land cut to a box with a polygon intersection (the full rings are simple, so the parts are too). */
function clipPolygon(land: Feature<Polygon>, box: Box): Feature<Polygon>[] {
  const [minLon, minLat, maxLon, maxLat] = turf.bbox(land);
  if (maxLon < box.west || minLon > box.east || maxLat < box.south || minLat > box.north) return [];
  const cut = turf.intersect(turf.featureCollection([land, turf.bboxPolygon(bboxOf(box))]));
  if (cut === null) return [];
  const polygons = cut.geometry.type === 'Polygon' ? [cut.geometry.coordinates] : cut.geometry.coordinates;
  return polygons.flatMap((rings) => {
    const rounded = rings.map((r) => roundRing(r));
    return rounded.every((r): r is Position[] => r !== null) ? [turf.polygon(rounded)] : [];
  });
}

/** Fails if any ring crosses itself (rounding or clipping gone wrong). */
function checkSimple(set: string, polygons: readonly Feature<Polygon>[]): void {
  const crossing = polygons.filter((p) => turf.kinks(p).features.length > 0).length;
  if (crossing > 0) throw new Error(`${set}: ${crossing} polygons cross themselves`);
}

function riverProperties(r: RiverLine): Record<string, string | number> {
  // Named lines carry their names; the rest stay unnamed rather than guessed.
  return r.river === undefined
    ? { level: r.level }
    : { name: r.river.name, name_ko: r.river.hangul, name_hanja: r.river.hanja, level: r.level };
}

/** WDBII rivers are cut at bin edges, not at the region, so they overhang it (to 44N); clip them. */
function clipLine(r: RiverLine, box: Box): Feature<LineString>[] {
  const line = turf.lineString(r.coords.map((c) => [c[0], c[1]]), riverProperties(r));
  return clipFeature(line, box);
}

function clipFeature(line: Feature<LineString>, box: Box): Feature<LineString>[] {
  const { geometry } = turf.bboxClip(line.geometry, [box.west, box.south, box.east, box.north]);
  // Clipping a line yields a LineString, or a MultiLineString where it leaves and re-enters the box.
  let parts: Position[][];
  if (geometry.type === 'LineString') parts = [geometry.coordinates];
  else if (geometry.type === 'MultiLineString') parts = geometry.coordinates;
  else throw new Error(`clipping a line gave a ${geometry.type}`);
  return parts
    .map((part) => roundLine(part))
    .filter((part) => part.length >= 2)
    .map((part) => turf.lineString(part, line.properties));
}

function simplifyLine(line: Feature<LineString>): Feature<LineString> {
  const simple = simplifyLineOutside(line.geometry.coordinates, DETAIL, COARSE_TOLERANCE_DEG);
  return turf.lineString(roundLine(simple), line.properties);
}

/**
 * The coarse Han and Bukhan must stay within MAX_COARSE_OFFSET_KM of the full lines: every
 * full-resolution vertex, in the detail box and beyond it, is measured against the coarse
 * line, and so are the reference points (their distances to the coarse and to the full line
 * must agree).
 */
function checkCoarseRivers(full: readonly Feature<LineString>[], coarse: readonly Feature<LineString>[]): void {
  for (const river of ['Han River', 'Bukhan River']) {
    const fullLines = full.filter((f) => f.properties?.['name'] === river);
    const coarseLines = coarse.filter((f) => f.properties?.['name'] === river);
    if (fullLines.length === 0 || coarseLines.length === 0) throw new Error(`${river}: no named line`);
    const toCoarse = (p: Position): number =>
      Math.min(...coarseLines.map((l) => turf.pointToLineDistance(turf.point(p), l, { units: 'kilometers' })));
    const toFull = (p: Position): number =>
      Math.min(...fullLines.map((l) => turf.pointToLineDistance(turf.point(p), l, { units: 'kilometers' })));
    const worst = { inDetail: 0, outside: 0 };
    const samples = { inDetail: 0, outside: 0 };
    for (const line of fullLines) {
      for (const p of line.geometry.coordinates) {
        const where = inBox(p, DETAIL) ? 'inDetail' : 'outside';
        samples[where] += 1;
        worst[where] = Math.max(worst[where], toCoarse(p));
      }
    }
    if (samples.inDetail === 0) throw new Error(`${river}: no vertex inside the detail box`);
    if (Math.max(worst.inDetail, worst.outside) > MAX_COARSE_OFFSET_KM) throw new Error(`${river}: coarse line too far off`);
    const beyond =
      samples.outside === 0
        ? 'no vertex beyond it'
        : `at most ${(worst.outside * 1000).toFixed(0)} m from the ${samples.outside} beyond it`;
    console.log(
      `${river}: coarse line at most ${(worst.inDetail * 1000).toFixed(0)} m from the ${samples.inDetail} full-resolution vertices in the detail box, ${beyond}`,
    );
    for (const ref of RIVER_REFERENCES.filter((r) => r.river === river)) {
      const p: Position = [ref.at[0], ref.at[1]];
      const dFull = toFull(p);
      const dCoarse = toCoarse(p);
      if (Math.abs(dFull - dCoarse) > MAX_COARSE_OFFSET_KM) throw new Error(`${river}: ${ref.label} moved`);
      console.log(`  ${ref.label}: ${(dFull * 1000).toFixed(0)} m from the full line, ${(dCoarse * 1000).toFixed(0)} m from the coarse line`);
    }
  }
}

/** The 38th parallel, 124E to 131E, a vertex every 0.1 degree of longitude. */
function parallel38(): Feature<LineString> {
  const coords: Position[] = [];
  for (let i = 0; i <= 70; i += 1) coords.push([REGION.west + i / 10, 38]);
  return turf.lineString(roundLine(coords), { name: '38th parallel' });
}

function printReport(
  report: readonly { river: string; label: string; distanceKm: number; evidence: boolean }[],
  rivers: readonly RiverLine[],
  sizes: readonly [string, number][],
): void {
  console.log('\nRiver checkpoints (distance to the nearest GSHHG river line):');
  for (const r of report) {
    console.log(`  ${r.river.padEnd(14)} ${r.distanceKm.toFixed(2).padStart(5)} km  ${r.label}${r.evidence ? '' : ' (context only)'}`);
  }
  const named = rivers.filter((r) => r.river !== undefined).length;
  console.log(`\n${rivers.length} river lines, ${named} named.\n`);
  for (const [name, bytes] of sizes) console.log(`  ${name.padEnd(24)} ${bytes} bytes`);
}

const dumpDir = process.argv[2];
if (dumpDir === undefined) {
  console.error('usage: npx tsx geo/basemap/assemble.ts <dump directory>');
  process.exit(2);
}
main(dumpDir);
