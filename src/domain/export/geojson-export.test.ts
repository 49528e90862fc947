import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { z } from 'zod';
import { loadExportSources } from '../../../geo/build/exports';
import { exportCredits } from './credits';
import { citedWorks } from '../../../geo/build/bibliography-export';
import { rfc7946Geometry, telegramGeoJson } from './geojson-export';

/*
 * @mapbox/geojsonhint would not install here (a dependency is fetched from a git URL), so RFC 7946 is checked
 * with zod: the members it requires, no `crs`, positions longitude first and within range, closed rings of at
 * least four positions, exterior rings counter-clockwise and holes clockwise (section 3.1.6).
 */
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const ringArea = (ring: number[][]): number =>
  ring.slice(1).reduce((sum, [x = 0, y = 0], index) => {
    const [px = 0, py = 0] = ring[index] ?? [];
    return sum + (px * y - x * py);
  }, 0) / 2;
const ring = z
  .array(position)
  .min(4)
  .refine((r) => r[0]?.[0] === r.at(-1)?.[0] && r[0]?.[1] === r.at(-1)?.[1], 'a ring closes on its first position');
const polygonRings = z.array(ring).min(1).refine((rings) => rings.every((r, index) => (index === 0 ? ringArea(r) > 0 : ringArea(r) < 0)), 'right-hand rule');
const geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position).min(2) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: polygonRings }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonRings) }),
]);
const feature = z
  .object({ type: z.literal('Feature'), id: z.union([z.string(), z.number()]).optional(), properties: z.record(z.string(), z.unknown()).nullable(), geometry: geometry.nullable() })
  .refine((value) => !('crs' in value));
const featureCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(feature) }).refine((value) => !('crs' in value), 'RFC 7946 has no crs');

const sources = loadExportSources(new URL('../../../geo', import.meta.url).pathname);
const credits = exportCredits(sources.telegram.source, 'GSHHG &amp; friends');
const exported = telegramGeoJson({ ...sources, credits, works: new Map(citedWorks(sources.bibliography).map((work) => [work.id, work])) });
// Read back from text, as a GIS would.
const collection = featureCollection.parse(JSON.parse(JSON.stringify(exported)));
const inLayer = (layer: string) => collection.features.filter((candidate) => candidate.properties?.layer === layer);
const sentences = new Map(sources.telegram.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence.text] as const)));

describe('the GeoJSON export', () => {
  it('carries the citation and the basemap attribution as foreign members', () => {
    expect(exported.citation).toContain('Wilson Center Digital Archive');
    expect(exported.citation).toContain(sources.telegram.source.url);
    expect(exported.attribution).toBe('GSHHG & friends');
  });

  it('has unique feature ids and keeps every position inside Korea and north-east China (longitude first)', () => {
    const ids = collection.features.map((candidate) => candidate.id);
    expect(new Set(ids).size).toBe(ids.length);
    const positions = JSON.stringify(collection.features.map((candidate) => candidate.geometry?.coordinates ?? []))
      .match(/\[-?\d+(\.\d+)?,-?\d+(\.\d+)?\]/g)
      ?.map((text) => JSON.parse(text) as [number, number]);
    expect(positions?.length).toBeGreaterThan(100);
    for (const [lon, lat] of positions ?? []) {
      expect(lon).toBeGreaterThan(110);
      expect(lon).toBeLessThan(132);
      expect(lat).toBeGreaterThan(33);
      expect(lat).toBeLessThan(47);
    }
  });

  it('has one place feature per gazetteer place and one per located alternative identification', () => {
    expect(inLayer('place')).toHaveLength(sources.places.length);
    expect(inLayer('place-alternative')).toHaveLength(sources.places.reduce((sum, place) => sum + (place.alternatives ?? []).filter((alternative) => alternative.geometry !== null).length, 0));
    const incheon = inLayer('place').find((candidate) => candidate.properties?.placeId === 'incheon');
    expect(incheon?.properties?.spellings).toContain('Jemulpo [Incheon]');
  });

  it('has every statement once, with its time window in ISO 8601 and as the data writes it', () => {
    const rows = inLayer('statement');
    expect(rows.map((row) => row.properties?.statementId)).toEqual(sources.statements.map((statement) => statement.id));
    const chuncheon = rows.find((row) => row.properties?.statementId === 'chuncheon-taken')?.properties;
    expect(chuncheon).toMatchObject({
      start: '1951-01-03T00:00:00',
      end: '1951-01-04T00:00:00',
      open_end: false,
      start_as_written: '1951-01-03',
      end_as_written: '1951-01-03T24:00',
      precision: 'day',
      inferred: false,
      basis: "'taken on 3 January'",
    });
    const open = rows.filter((row) => row.properties?.end === null);
    expect(open.length).toBeGreaterThan(0);
    expect(open.every((row) => row.properties?.open_end === true && row.properties.end_as_written === null)).toBe(true);
    expect(collection.features.some((candidate) => /T24:/.test(String(candidate.properties?.start) + String(candidate.properties?.end)))).toBe(false);
  });

  it.each([
    ['area', 'seoul-occupied'],
    ['line', 'enemy-defence-line-expected'],
    ['arrow', 'pursue-to-suwon'],
    ['arrowhead', 'pursue-to-suwon'],
    ['label', 'demarcation-line'],
    ['unit', 'seoul-occupied'],
  ])('draws %s features for statements such as %s', (layer, statementId) => {
    expect(inLayer(layer).some((candidate) => candidate.properties?.statementId === statementId)).toBe(true);
  });

  it('places units as points', () => {
    const units = inLayer('unit');
    expect(units.length).toBeGreaterThan(0);
    expect(units.every((unit) => unit.geometry?.type === 'Point' && typeof unit.properties?.unitName === 'string')).toBe(true);
  });

  it('gives every feature its sentence ids and the exact sentences they quote', () => {
    for (const candidate of collection.features) {
      const ids = z.array(z.string()).parse(candidate.properties?.sentenceIds);
      const quotes = z.array(z.string()).parse(candidate.properties?.quotes);
      expect(quotes).toEqual(ids.map((id) => sentences.get(id)));
    }
    expect(inLayer('place').every((candidate) => z.array(z.string()).parse(candidate.properties?.sentenceIds).length > 0)).toBe(true);
  });
});

describe('rfc7946Geometry', () => {
  const clockwise = [[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]];
  const counterClockwise = [...clockwise].reverse();
  const cases: [string, Geometry, unknown][] = [
    ['keeps a line running the way it was drawn (arrows, rivers)', { type: 'LineString', coordinates: [[0, 0], [1, -1], [0, -2]] }, [[0, 0], [1, -1], [0, -2]]],
    ['turns a clockwise exterior ring counter-clockwise', { type: 'Polygon', coordinates: [clockwise] }, [counterClockwise]],
    ['keeps a counter-clockwise exterior ring', { type: 'Polygon', coordinates: [counterClockwise] }, [counterClockwise]],
    ['winds a hole clockwise', { type: 'Polygon', coordinates: [counterClockwise, counterClockwise] }, [counterClockwise, clockwise]],
    ['rounds to six decimals', { type: 'Point', coordinates: [126.123456789, 37.987654321] }, [126.123457, 37.987654]],
  ];
  it.each(cases)('%s', (_name, geometry, expected) => {
    const result = rfc7946Geometry(geometry);
    expect(result.type === 'GeometryCollection' ? undefined : result.coordinates).toEqual(expected);
  });
});
