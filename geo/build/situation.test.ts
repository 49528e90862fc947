import { lineIntersect, lineString, point, pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, LineString, Position } from 'geojson';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBasemap, loadDataset } from './dataset';
import { withDrawnRivers } from './river-reach';
import { buildSituation, loadStatements, loadUnits } from './situation';

const geoDir = new URL('..', import.meta.url).pathname;
const dataset = loadDataset(geoDir);
const rivers = loadBasemap(join(geoDir, 'basemap', 'out'), ['rivers-coarse.geojson'])['rivers-coarse.geojson'] as FeatureCollection;
const units = loadUnits(join(geoDir, 'situation', 'units.json'));
const statements = loadStatements(join(geoDir, 'situation', 'statements.json'), dataset.telegram, units, dataset.places);
const drawnPlaces = withDrawnRivers(dataset.places, rivers);
const situation = buildSituation(statements, drawnPlaces, units);

function basemapRiver(name: string): LineString {
  const feature = rivers.features.find((candidate) => candidate.properties?.name === name && candidate.geometry.type === 'LineString');
  if (feature === undefined) throw new Error(`no ${name} in the basemap`);
  return feature.geometry as LineString;
}

describe('the situation drawn on the basemap', () => {
  const crossings = statements.flatMap((statement) =>
    statement.geometry.flatMap((spec, index) => (spec.type === 'crossing' ? [{ statement: statement.id, index, river: spec.river }] : [])),
  );

  it('has crossings to check', () => {
    expect(crossings.map((crossing) => crossing.statement)).toEqual(expect.arrayContaining(['bridge-detachment', 'enemy-withdraws-across-han', 'bukhan-crossings']));
  });

  it.each(crossings)('$statement: the crossing arrow crosses its river on the map', ({ statement, index, river }) => {
    const place = dataset.places.find((candidate) => candidate.id === river);
    const riverLine = basemapRiver(place?.title ?? '');
    const arrow = situation.features.find((feature) => feature.properties?.statementId === statement && feature.properties.index === index && feature.properties.part === 'body');
    expect(arrow?.geometry.type).toBe('LineString');
    const hits = lineIntersect(lineString((arrow?.geometry as LineString).coordinates), lineString(riverLine.coordinates));
    expect(hits.features.length).toBeGreaterThanOrEqual(1);
  });

  it('keeps the river-crossing places of the gazetteer within 500 m of the drawn river', () => {
    const bridge = dataset.places.find((place) => place.id === 'hangang-bridge');
    const position = (bridge?.geometry as { coordinates: Position }).coordinates;
    expect(pointToLineDistance(point(position), lineString(basemapRiver('Han River').coordinates), { units: 'meters' })).toBeLessThan(500);
  });

  it('draws every statement that names a place, and nothing that is not a statement', () => {
    const drawn = new Set(situation.features.map((feature) => feature.properties?.statementId));
    const withPlaces = statements.filter((statement) => statement.places.length > 0 && statement.kind !== 'document');
    expect(withPlaces.filter((statement) => !drawn.has(statement.id)).map((statement) => statement.id)).toEqual([]);
    const known = new Set(statements.map((statement) => statement.id));
    expect([...drawn].filter((id) => !known.has(String(id)))).toEqual([]);
  });

  it('puts the demarcation line through its three named points in order, north from the south bank', () => {
    const line = situation.features.find((feature) => feature.properties?.role === 'demarcation' && feature.properties.part === 'body');
    const coordinates = (line?.geometry as LineString).coordinates;
    const at = (id: string): Position | undefined => (dataset.places.find((place) => place.id === id)?.geometry as { coordinates: Position }).coordinates;
    expect(coordinates).toEqual([at('heukseok'), at('yongsan'), at('kasaivairi')]);
  });
});
