/**
 * The exports against the validators their users' tools apply (README, "Open the exports"): jing with TEI P5's
 * tei_all.rng, WHG's Linked Places upload schema with ajv, and GDAL's ogrinfo, which types fields as QGIS will.
 * The schemas are vendored in geo/schemas-vendored/. Outside CI a missing tool skips its tests with a one-line
 * reason; in CI (.ci/run installs jing and gdal-bin) they run and fail.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import type { FeatureCollection, Geometry } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOutputPath, EXPORT_FILES } from '../../src/domain/export/export-files';
import { buildExports, loadExportSources, TIME_FIELDS } from './exports';
import { run, skipWithout } from './external-tool';
import { loadVocabularies } from './gazetteer-links';
import { citedWorks } from './bibliography-export';
import { toLinkedPlaces } from './linked-places';
import { parseOgrSummary, type OgrLayerSummary } from './ogr-summary';

const geoDir = new URL('..', import.meta.url).pathname;
const schemas = join(geoDir, 'schemas-vendored');
const sources = loadExportSources(geoDir);
const files = buildExports(sources);
const outDir = mkdtempSync(join(tmpdir(), 'exports-'));
const pathOf = (file: string): string => join(outDir, buildOutputPath(file));
for (const [name, text] of Object.entries(files)) {
  mkdirSync(dirname(join(outDir, name)), { recursive: true });
  writeFileSync(join(outDir, name), text);
}
const parsed = (file: string): FeatureCollection<Geometry | null> => JSON.parse(files[buildOutputPath(file)] ?? 'null') as FeatureCollection<Geometry | null>;

describe.skipIf(skipWithout('jing', [], 'apt-get install -y jing'))('TEI against tei_all.rng (jing)', () => {
  // jing starts a JVM: seconds, more when the test files run side by side on two cores.
  it('is valid: jing exits 0 and reports no error', { timeout: 60_000 }, () => {
    const result = run('jing', [join(schemas, 'tei', 'tei_all.rng'), pathOf(EXPORT_FILES.tei)]);
    // jing prints its errors on stdout, one per line; stderr holds only Debian's classpath warnings.
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails a file with the error jing was written for (a T24:00 @when), so the check can fail', { timeout: 60_000 }, () => {
    const broken = join(outDir, 'broken.tei.xml');
    writeFileSync(broken, (files[buildOutputPath(EXPORT_FILES.tei)] ?? '').replace('<date when="1951-01-05T00:00:00">', '<date when="1951-01-04T24:00:00">'));
    const result = run('jing', [join(schemas, 'tei', 'tei_all.rng'), broken]);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/error: value of attribute "when" is invalid/);
  });
});

describe("the gazetteer against WHG's lpf_v2.0 schema (ajv)", () => {
  const ajv = new Ajv({ strict: false, unicodeRegExp: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(readFileSync(join(schemas, 'whg', 'csl-citation.json'), 'utf8')) as object);
  ajv.addSchema(JSON.parse(readFileSync(join(schemas, 'whg', 'lpf_v2.0.jsonld'), 'utf8')) as object, 'lpf');
  const collection = ajv.getSchema('lpf');
  const feature = ajv.getSchema('https://whgazetteer.org/schema/lpf_v2.0.jsonld#/definitions/feature');
  const works = new Map(citedWorks(sources.bibliography).map((work) => [work.id, work]));
  const lpf = toLinkedPlaces(sources.places, sources.telegram, loadVocabularies(geoDir, sources.places), works) as { features: { '@id': string }[] };
  const problems = (errors: ErrorObject[] | null | undefined): string[] => (errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);

  it('passes as a whole collection, CSL citation included', () => {
    expect(collection).toBeDefined();
    const valid = collection?.(lpf);
    expect(problems(collection?.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(lpf.features.map((candidate) => [candidate['@id'], candidate] as const))('passes feature by feature: %s', (_id, candidate) => {
    const valid = feature?.(candidate);
    expect(problems(feature?.errors)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('rejects the citation the export used to write, so the check can fail', () => {
    const old = { ...lpf, citation: { label: sources.telegram.source.citation, '@id': sources.telegram.source.url } };
    expect(collection?.(old)).toBe(false);
  });
});

describe.skipIf(skipWithout('ogrinfo', ['--version'], 'apt-get install -y gdal-bin'))('the GIS files as GDAL (and so QGIS) reads them (ogrinfo)', () => {
  const summaries = new Map<string, OgrLayerSummary[]>();
  beforeAll(() => {
    const gisFiles = [EXPORT_FILES.geojson, EXPORT_FILES.outcome, EXPORT_FILES.gisPoints, EXPORT_FILES.gisLines, EXPORT_FILES.gisPolygons, EXPORT_FILES.gisStatements, EXPORT_FILES.gisOutcomePoints, EXPORT_FILES.gisOutcomeLines, EXPORT_FILES.gisOutcomeUnplaced];
    for (const file of gisFiles) {
      const result = run('ogrinfo', ['-ro', '-al', '-so', pathOf(file)]);
      expect(result.status, `${file}: ${result.stderr}`).toBe(0);
      summaries.set(file, parseOgrSummary(result.stdout));
    }
  }, 60_000);
  const layerOf = (file: string): OgrLayerSummary => {
    const layers = summaries.get(file) ?? [];
    expect(layers, file).toHaveLength(1);
    return layers[0] as OgrLayerSummary;
  };

  it.each(Object.entries(EXPORT_FILES).filter(([key]) => key.startsWith('gis') || key === 'geojson' || key === 'outcome'))('types every time field of %s DateTime', (_key, file) => {
    const layer = layerOf(file);
    for (const field of TIME_FIELDS) expect(layer.fields[field], `${file}: ${field}`).toBe('DateTime');
  });

  it.each([
    ['points', EXPORT_FILES.gisPoints, 'Point'],
    ['lines', EXPORT_FILES.gisLines, 'Line String'],
    ['polygons', EXPORT_FILES.gisPolygons, 'Polygon'],
    ['outcome points', EXPORT_FILES.gisOutcomePoints, 'Point'],
    ['outcome lines', EXPORT_FILES.gisOutcomeLines, 'Line String'],
  ])('opens the %s file as one layer of one geometry type', (_name, file, geometry) => {
    expect(layerOf(file).geometry).toBe(geometry);
  });

  it('loses no telegram feature and no statement on the way to the GIS layers', () => {
    const all = parsed(EXPORT_FILES.geojson).features;
    const spatial = all.filter((candidate) => candidate.geometry !== null).length;
    const drawn = [EXPORT_FILES.gisPoints, EXPORT_FILES.gisLines, EXPORT_FILES.gisPolygons].reduce((sum, file) => sum + layerOf(file).featureCount, 0);
    expect(drawn).toBe(spatial);
    expect(layerOf(EXPORT_FILES.gisStatements).featureCount).toBe(sources.statements.length);
    expect(spatial + sources.statements.length).toBe(all.length);
    expect(layerOf(EXPORT_FILES.geojson).featureCount).toBe(all.length);
  });

  it('loses no outcome event', () => {
    const all = parsed(EXPORT_FILES.outcome).features;
    const counted = [EXPORT_FILES.gisOutcomePoints, EXPORT_FILES.gisOutcomeLines, EXPORT_FILES.gisOutcomeUnplaced].reduce((sum, file) => sum + layerOf(file).featureCount, 0);
    expect(counted).toBe(all.length);
    expect(new Set(all.map((candidate) => candidate.properties?.eventId)).size).toBe(sources.outcome.length);
  });

  it('reads lists as text, not as misconverted (1:...) lists', () => {
    for (const file of [EXPORT_FILES.gisPoints, EXPORT_FILES.gisLines, EXPORT_FILES.gisPolygons, EXPORT_FILES.gisStatements]) {
      const fields = layerOf(file).fields;
      for (const name of ['sentenceIds', 'quotes']) expect(fields[name], `${file}: ${name}`).toBe('String');
    }
  });
});
