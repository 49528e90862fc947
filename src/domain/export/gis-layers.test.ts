import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { citedWorks } from '../../../geo/build/bibliography-export';
import { loadExportSources } from '../../../geo/build/exports';
import { flatValue, LIST_SEPARATOR, rowsCsv, splitForGis } from './gis-layers';

describe('flatValue', () => {
  it.each<[string, unknown, unknown]>([
    ['a list of text', ['o1a-3', 'o1b-1'], 'o1a-3 | o1b-1'],
    ['an empty list', [], ''],
    ['a number', 4, 4],
    ['a boolean', false, false],
    ['null', null, null],
    ['undefined', undefined, null],
    ['a list of objects, as JSON', [{ a: 1 }], '[{"a":1}]'],
    ['an object, as JSON', { start: '1951-01-03' }, '{"start":"1951-01-03"}'],
  ])('%s', (_name, value, expected) => {
    expect(flatValue(value)).toEqual(expected);
  });
});

describe('splitForGis', () => {
  const collection: FeatureCollection<Geometry | null> = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', id: 'p', properties: { list: ['a', 'b'] }, geometry: { type: 'Point', coordinates: [127, 37] } },
      { type: 'Feature', id: 'l', properties: {}, geometry: { type: 'LineString', coordinates: [[127, 37], [128, 38]] } },
      { type: 'Feature', id: 'a', properties: {}, geometry: { type: 'Polygon', coordinates: [[[127, 37], [128, 37], [128, 38], [127, 37]]] } },
      { type: 'Feature', id: 'm', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[[[127, 37], [128, 37], [128, 38], [127, 37]]]] } },
      { type: 'Feature', id: 's1', properties: { start: '1951-01-05T00:00:00' }, geometry: null },
      { type: 'Feature', id: 's2', properties: { condition: 'if' }, geometry: null },
    ],
  };
  const split = splitForGis(collection, { name: 'test' });

  it('puts each feature in the layer of its geometry kind and keeps the feature id as a field', () => {
    expect(split.layers.points.features.map((feature) => feature.id)).toEqual(['p']);
    expect(split.layers.lines.features.map((feature) => feature.id)).toEqual(['l']);
    expect(split.layers.polygons.features.map((feature) => feature.id)).toEqual(['a', 'm']);
    expect(split.layers.points.features[0]?.properties).toEqual({ feature_id: 'p', list: 'a | b' });
    expect((split.layers.points as FeatureCollection & { name?: string }).name).toBe('test');
  });

  it('turns the features without geometry into rows with the same columns', () => {
    expect(split.rows).toEqual([
      { feature_id: 's1', start: '1951-01-05T00:00:00', condition: null },
      { feature_id: 's2', start: null, condition: 'if' },
    ]);
  });

  it('refuses a GeometryCollection, which no GIS layer takes', () => {
    const mixed: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'g', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } }] };
    expect(() => splitForGis(mixed, {})).toThrow('feature g: a GeometryCollection has no GIS layer');
  });
});

describe('rowsCsv', () => {
  it('types the time columns DateTime and everything else String in the .csvt', () => {
    const { csv, csvt } = rowsCsv([{ feature_id: 'a', start: '1951-01-05T00:00:00', open_end: true }], ['start', 'end']);
    expect(csv).toBe('\uFEFFfeature_id,start,open_end\r\na,1951-01-05T00:00:00,true\r\n');
    expect(csvt).toBe('"String","DateTime","String"\r\n');
  });
});

describe('the list separator', () => {
  it('occurs in no sentence, spelling or summary it joins', () => {
    const { telegram, places, statements, bibliography } = loadExportSources(new URL('../../../geo', import.meta.url).pathname);
    const texts = [
      ...telegram.blocks.flatMap((block) => block.sentences.map((sentence) => sentence.text)),
      ...places.flatMap((place) => place.variants.map((variant) => variant.toponym)),
      ...citedWorks(bibliography).map((work) => work.citation),
      ...statements.map((statement) => statement.summary),
    ];
    expect(texts.filter((text) => text.includes(LIST_SEPARATOR.trim()))).toEqual([]);
  });
});
