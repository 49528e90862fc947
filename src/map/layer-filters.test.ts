import { createExpression, featureFilter, latest, type Feature, type FilterSpecification, type StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LayerSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { Statement, Unit } from '../data/app-data';
import { statementsOfFormation } from '../domain/order-of-battle';
import { parseDocumentTime } from '../domain/time';
import { phaseAt, type TimedProperties } from '../domain/visibility';
import { resetAppStore, useAppStore } from '../store/app-store';
import { globalStateOf, type GlobalStateValues } from './global-state';
import { outcomeLayers } from './outcome-layers';
import { placesLayers } from './places-layers';
import { situationLayers, situationSymbolLayers } from './situation-layers';

/**
 * Every shipped layer's filter, run by the style spec's own evaluator over the data `npm run data` built, at a
 * table of moments: which statements, events and places does each layer show? (maplibre-gl-dates tests its
 * filters this way; comparing expression shapes would test nothing.)
 */
type BuiltFeature = Pick<Feature, 'type'> & { properties: Record<string, unknown> };

function built(name: string): BuiltFeature[] {
  const path = fileURLToPath(new URL(`../../public/data/${name}`, import.meta.url));
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` first`);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as { features: { geometry: { type: BuiltFeature['type'] }; properties: Record<string, unknown> }[] };
  return collection.features.map((feature) => ({ type: feature.geometry.type, properties: feature.properties }));
}

function at(value: string): number {
  const time = parseDocumentTime(value);
  if (time === undefined) throw new Error(`bad test time ${value}`);
  return time;
}

function stateAt(changes: Partial<GlobalStateValues>): GlobalStateValues {
  resetAppStore();
  return { ...globalStateOf(useAppStore.getState()), ...changes };
}

/** Whether the layer's `visibility` (a constant or an expression over global state) is 'visible' in `state`. */
function visible(layer: LayerSpecification, state: GlobalStateValues): boolean {
  const visibility: unknown = layer.layout !== undefined && 'visibility' in layer.layout ? layer.layout.visibility : 'visible';
  const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[`layout_${layer.type}`]?.visibility;
  const parsed = createExpression(visibility, `layers.${layer.id}.layout.visibility`, spec, state);
  if (parsed.result !== 'success') throw new Error(`${layer.id}: bad visibility ${JSON.stringify(parsed.value)}`);
  return parsed.value.evaluate({ zoom: 8 }) === 'visible';
}

/** The sorted distinct values of `key` over the features the layer draws: none while it is hidden, else those its filter lets through. */
function shown(layer: LayerSpecification, features: BuiltFeature[], state: GlobalStateValues, key: string): string[] {
  if (!('filter' in layer) || layer.filter === undefined) throw new Error(`${layer.id} has no filter`);
  if (!visible(layer, state)) return [];
  const filter = featureFilter(layer.filter as FilterSpecification, `layers.${layer.id}.filter`, state);
  const values = features.filter((feature) => filter.filter({ zoom: 8 }, feature)).map((feature) => String(feature.properties[key]));
  return [...new Set(values)].sort();
}

function layer(layers: LayerSpecification[], id: string): LayerSpecification {
  const found = layers.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no layer ${id}`);
  return found;
}

const situation = built('situation.geojson');
const outcome = built('outcome.geojson');
const places = built('places.geojson');

// What the telegram reports has happened by each moment, and what it orders and expects from 4 January 24:00.
const REPORTED_BY_3RD = { areas: ['chuncheon-taken'], lines: ['enemy-withdraws-to-hongcheon'] };
const REPORTED_BY_4TH = { areas: ['chuncheon-taken', 'seoul-occupied'], lines: ['enemy-withdraws-across-han', 'enemy-withdraws-to-hongcheon'] };
/** Statements that place several units at one anchor: drawn as one stack below the stacking zoom. */
const STACKED = ['seoul-occupied', 'armies-38-40-rest', 'strike-hongcheon-hoengseong'];
const ORDERED_AREAS = ['fiftieth-army-advance', 'first-corps-assembly', 'seoul-garrison', 'strike-at-yangpyeong', 'strike-hongcheon-hoengseong'];
const ORDERED_LINES = ['bridge-detachment', 'bukhan-crossings', 'first-corps-crossing', 'offensive-southeast-to-northwest', 'pursue-to-suwon'];

function expectedSituation(reported: { areas: string[]; lines: string[] }, ordered: boolean): Record<string, string[]> {
  const sorted = (...lists: string[][]): string[] => lists.flat().sort();
  return {
    'situation-area-fill': sorted(reported.areas, ordered ? ORDERED_AREAS : []),
    'situation-area-assessed-hatch': ordered ? ['enemy-holds-gimpo-incheon'] : [],
    'situation-area-outline-reported': sorted(reported.areas),
    'situation-area-outline-ordered': ordered ? ORDERED_AREAS : [],
    'situation-area-outline-assessed': ordered ? ['enemy-holds-gimpo-incheon'] : [],
    'situation-line-assessed-band': ordered ? ['enemy-defence-line-expected'] : [],
    'situation-line-assessed': ordered ? ['enemy-defence-line-expected'] : [],
    'situation-line-reported': sorted(reported.lines),
    'situation-line-ordered': ordered ? ORDERED_LINES : [],
    'situation-demarcation': ordered ? ['demarcation-line'] : [],
    'situation-arrowhead': sorted(reported.lines, ordered ? ORDERED_LINES : []),
    'situation-side-label': ordered ? ['demarcation-line'] : [],
    // Only the conditional order says its condition along its line.
    'situation-condition-label': ordered ? ['pursue-to-suwon'] : [],
    // At zoom 8, below the stacking zoom: a statement with one unit shows its symbol, one with several a stack.
    'situation-units': sorted(
      reported.areas.filter((id) => !STACKED.includes(id)),
      reported.lines.filter((id) => id === 'enemy-withdraws-to-hongcheon'),
      ordered ? ['bridge-detachment', 'fiftieth-army-advance', 'first-corps-assembly', 'first-corps-crossing', 'seoul-garrison'] : [],
    ),
    'situation-unit-stacks': sorted(
      reported.areas.filter((id) => STACKED.includes(id)),
      ordered ? ['armies-38-40-rest', 'strike-hongcheon-hoengseong'] : [],
    ),
  };
}

describe('the situation layers, as of each moment', () => {
  it.each([
    ['1951-01-03T12:00', expectedSituation(REPORTED_BY_3RD, false)],
    ['1951-01-04T12:00', expectedSituation(REPORTED_BY_4TH, false)],
    ['1951-01-04T23:00', expectedSituation(REPORTED_BY_4TH, false)],
    ['1951-01-04T24:00', expectedSituation(REPORTED_BY_4TH, true)],
    ['1951-01-08T23:00', expectedSituation(REPORTED_BY_4TH, true)],
  ])('%s', (time, expected) => {
    const state = stateAt({ time: at(time) });
    const actual = Object.fromEntries([...situationLayers, ...situationSymbolLayers].map((spec) => [spec.id, shown(spec, situation, state, 'statementId')]));
    expect(actual).toEqual(expected);
  });

  it('never shows a feature before the map may know of it, at any hour of 3-8 January', () => {
    for (let hour = 0; hour <= 6 * 24; hour += 1) {
      const time = at('1951-01-03') + hour * 3_600_000;
      const state = stateAt({ time });
      const hidden = new Set(situation.filter((feature) => phaseAt(feature.properties as unknown as TimedProperties, time) === 'hidden').map((feature) => String(feature.properties.statementId)));
      for (const spec of situationLayers) for (const id of shown(spec, situation, state, 'statementId')) expect(hidden.has(id), `${spec.id} shows ${id}`).toBe(false);
    }
  });

  it('draws each feature body in one line style only (no statement is both reported and ordered)', () => {
    const state = stateAt({ time: at('1951-01-08T23:00') });
    const bodyLines = ['situation-line-reported', 'situation-line-ordered', 'situation-line-assessed', 'situation-demarcation'];
    const seen = bodyLines.flatMap((id) => shown(layer(situationLayers, id), situation, state, 'statementId'));
    expect(new Set(seen).size).toBe(seen.length);
  });
});

describe('the situation layers, filtered to one formation', () => {
  const data = (name: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../public/data/${name}`, import.meta.url)), 'utf8'));
  const units = data('units.json') as Unit[];
  const statements = data('statements.json') as Statement[];
  const late = at('1951-01-08T23:00');
  const drawnStatements = (state: GlobalStateValues): string[] => [...new Set([...situationLayers, ...situationSymbolLayers].flatMap((spec) => shown(spec, situation, state, 'statementId')))].sort();

  it.each(['cpv-50-army', 'right-column', 'kpa-1-corps', 'enemy'])('%s: the map draws exactly the statements about it or a formation under it', (unitId) => {
    const expected = statementsOfFormation(unitId, units, statements)
      .map(({ statement }) => statement.id)
      .filter((id) => drawnStatements(stateAt({ time: late })).includes(id))
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(drawnStatements(stateAt({ time: late, unitFilter: unitId }))).toEqual(expected);
  });

  it('draws only the chosen formation\'s own unit symbols, apart at every zoom, and no stacks', () => {
    const state = stateAt({ time: late, unitFilter: 'cpv-50-army' });
    expect(shown(layer(situationSymbolLayers, 'situation-units'), situation, state, 'unitId')).toEqual(['cpv-50-army']);
    expect(shown(layer(situationSymbolLayers, 'situation-unit-stacks'), situation, state, 'statementId')).toEqual([]);
    const column = stateAt({ time: late, unitFilter: 'right-column' });
    expect(shown(layer(situationSymbolLayers, 'situation-units'), situation, column, 'unitId')).toEqual(['cpv-38-army', 'cpv-39-army', 'cpv-40-army', 'cpv-50-army', 'right-column'].filter((id) => situation.some((feature) => feature.properties.unitId === id)));
  });

  it('still keeps to the timeline: a formation\'s orders are not drawn before they are given', () => {
    expect(drawnStatements(stateAt({ time: at('1951-01-04T12:00'), unitFilter: 'cpv-50-army' }))).toEqual([]);
  });
});

describe('the outcome layers', () => {
  it('show nothing while the outcome is switched off', () => {
    const state = stateAt({ time: at('1951-01-08T23:00'), showOutcome: false });
    for (const spec of outcomeLayers) expect(shown(spec, outcome, state, 'eventId'), spec.id).toEqual([]);
  });

  it.each([
    // Events from 31 December and 1 January are on from the timeline's start; Seoul abandoned and line D from 3 January.
    ['1951-01-02T23:00', { point: ['gimpo-airfield-abandoned', 'han-withdrawal', 'hongcheon-line-c', 'incheon-port-evacuated', 'suwon-occupied', 'wonju-fighting', 'yangpyeong-line'], line: [], ring: ['gimpo-airfield-abandoned', 'han-withdrawal', 'incheon-port-evacuated', 'suwon-occupied', 'wonju-fighting'] }],
    ['1951-01-03T00:00', { point: ['gimpo-airfield-abandoned', 'han-withdrawal', 'hongcheon-line-c', 'incheon-port-evacuated', 'seoul-abandoned', 'suwon-occupied', 'wonju-fighting', 'yangpyeong-line'], line: ['line-d'], ring: ['gimpo-airfield-abandoned', 'han-withdrawal', 'incheon-port-evacuated', 'seoul-abandoned', 'suwon-occupied', 'wonju-fighting'] }],
    // By 8 January also the occupations of 6-8 January and the Bukhan crossing that was not made.
    ['1951-01-08T23:00', { point: ['gimpo-airfield-abandoned', 'gimpo-occupied', 'han-withdrawal', 'hoengseong-occupied', 'hongcheon-line-c', 'incheon-occupied', 'incheon-port-evacuated', 'seoul-abandoned', 'suwon-airfield-abandoned', 'suwon-occupied', 'wonju-fighting', 'yangpyeong-line', 'yangpyeong-yeoju-icheon-occupied'], line: ['bukhan-crossing-not-made', 'chinese-halt', 'line-d', 'un-line-37th-parallel-chinese'], ring: ['gimpo-airfield-abandoned', 'han-withdrawal', 'incheon-occupied', 'incheon-port-evacuated', 'seoul-abandoned', 'suwon-occupied', 'wonju-fighting'] }],
  ])('switched on, as of %s, show the events whose earliest account has begun', (time, expected) => {
    const state = stateAt({ time: at(time), showOutcome: true });
    expect({
      point: shown(layer(outcomeLayers, 'outcome-point'), outcome, state, 'eventId'),
      line: shown(layer(outcomeLayers, 'outcome-line'), outcome, state, 'eventId'),
      ring: shown(layer(outcomeLayers, 'outcome-disputed-ring'), outcome, state, 'eventId'),
    }).toEqual(expected);
  });
});

describe('the places layers', () => {
  it('show alternative locations only for the selected place, labelled only then', () => {
    const none = stateAt({ selectedPlace: '' });
    const gimpo = stateAt({ selectedPlace: 'hongje-nae-ri' });
    const alternatives = layer(placesLayers, 'places-alternative');
    expect(shown(alternatives, places, none, 'id')).toEqual([]);
    expect(shown(alternatives, places, gimpo, 'id')).toEqual(['hongje-nae-ri--alt-0']);
    const labels = layer(placesLayers, 'places-label');
    expect(shown(labels, places, gimpo, 'id')).toContain('hongje-nae-ri--alt-0');
    expect(shown(labels, places, none, 'id').some((id) => id.includes('--alt-'))).toBe(false);
  });

  it('draw each main place once: points as dots, areas hatched, rivers as lines', () => {
    const state = stateAt({});
    const main = places.filter((feature) => feature.properties.role === 'place');
    const byLayer = (id: string): string[] => shown(layer(placesLayers, id), places, state, 'id');
    const drawn = [...byLayer('places-point'), ...byLayer('places-area'), ...byLayer('places-river')].sort();
    expect(drawn).toEqual(main.map((feature) => String(feature.properties.id)).sort());
    expect(byLayer('places-point')).toContain('seoul');
    expect(byLayer('places-river')).toEqual(byLayer('places-river-label'));
  });
});
