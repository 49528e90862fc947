import { describe, expect, it } from 'vitest';
import type { Statement, Unit } from '../../geo/schema/situation-schema';
import { formationIds, formationKey, inFormation, lineageOf, orderOfBattle, searchUnits, statementsOfFormation } from './order-of-battle';

const unit = (id: string, name: string, extra: Partial<Unit> = {}): Unit => ({ id, name, force: 'CPV', side: 'friendly', echelon: 'army', ...extra });

const UNITS: Unit[] = [
  unit('cpv-50-army', '50th army', { parent: 'right-column' }),
  unit('cpv-38-army', '38th army', { parent: 'right-column' }),
  unit('kpa-1-corps', '1st Corps of the People\'s Army', { force: 'KPA', echelon: 'corps' }),
  unit('right-column', 'Right column', { echelon: 'column', commanders: [{ asWritten: "Khan' Sian'-chu", sentenceId: 'ob1-1' }, { asWritten: 'Hun Xianchu', sentenceId: 'ob5-1' }] }),
  unit('cpv-116-division', '116th infantry division', { echelon: 'division', parent: 'cpv-38-army' }),
  unit('enemy', 'Enemy troops', { force: 'UN', side: 'hostile', echelon: 'unknown' }),
];

const statement = (id: string, units: string[], start: string): Statement => ({
  id,
  kind: 'ordered',
  sentenceIds: ['ob2-1'],
  summary: id,
  units,
  places: [],
  when: { start, end: null, precision: 'open', inferred: true, basis: 'test' },
  role: 'advance',
  geometry: [],
});

describe('orderOfBattle', () => {
  it('nests units under their parents, CPV before KPA before the enemy, higher echelons first', () => {
    const tree = orderOfBattle(UNITS);
    expect(tree.map((node) => node.unit.id)).toEqual(['right-column', 'kpa-1-corps', 'enemy']);
    const column = tree[0];
    expect(column?.children.map((node) => node.unit.id)).toEqual(['cpv-38-army', 'cpv-50-army']);
    expect(column?.children[0]?.children.map((node) => node.unit.id)).toEqual(['cpv-116-division']);
  });

  it('keeps a unit whose parent is missing at the top instead of losing it', () => {
    const tree = orderOfBattle([unit('orphan', 'Orphan', { parent: 'nowhere' })]);
    expect(tree.map((node) => node.unit.id)).toEqual(['orphan']);
  });
});

describe('formationIds', () => {
  it('collects the unit and everything below it, at any depth', () => {
    expect([...formationIds('right-column', UNITS)].sort()).toEqual(['cpv-116-division', 'cpv-38-army', 'cpv-50-army', 'right-column']);
    expect([...formationIds('cpv-50-army', UNITS)]).toEqual(['cpv-50-army']);
  });
});

describe('lineageOf and formationKey', () => {
  it('climbs from a unit to the top of its chain, nearest first', () => {
    expect(lineageOf('cpv-116-division', UNITS)).toEqual(['cpv-116-division', 'cpv-38-army', 'right-column']);
    expect(lineageOf('kpa-1-corps', UNITS)).toEqual(['kpa-1-corps']);
  });

  it('stops at a parent that is not in the list and never loops', () => {
    expect(lineageOf('orphan', [unit('orphan', 'Orphan', { parent: 'nowhere' })])).toEqual(['orphan', 'nowhere']);
    expect(lineageOf('a', [unit('a', 'A', { parent: 'b' }), unit('b', 'B', { parent: 'a' })])).toEqual(['a', 'b']);
  });

  it('puts every unit of a feature and every formation above them in one key', () => {
    const key = formationKey(['cpv-116-division', 'kpa-1-corps'], UNITS);
    expect(key).toBe('|cpv-116-division|cpv-38-army|right-column|kpa-1-corps|');
    expect(formationKey([], UNITS)).toBe('');
  });

  it('finds a feature under its formation and its parents, not under a sibling or a prefix of an id', () => {
    const key = formationKey(['cpv-116-division'], UNITS);
    expect(inFormation(key, 'right-column')).toBe(true);
    expect(inFormation(key, 'cpv-38-army')).toBe(true);
    expect(inFormation(key, 'cpv-50-army')).toBe(false);
    expect(inFormation(key, 'cpv-38')).toBe(false);
    expect(inFormation(key, '')).toBe(true);
    expect(inFormation('', 'cpv-50-army')).toBe(false);
  });
});

describe('statementsOfFormation', () => {
  const statements = [statement('late', ['cpv-50-army'], '1951-01-07T24:00'), statement('early', ['cpv-116-division'], '1951-01-04'), statement('other', ['enemy'], '1951-01-03'), statement('same-time', ['right-column'], '1951-01-04')];

  it('lists the statements of a formation and its parts in time order, marking which name it directly', () => {
    const result = statementsOfFormation('right-column', UNITS, statements);
    expect(result.map((entry) => [entry.statement.id, entry.direct])).toEqual([
      ['early', false],
      ['same-time', true],
      ['late', false],
    ]);
  });

  it('gives a division only its own statements', () => {
    expect(statementsOfFormation('cpv-116-division', UNITS, statements).map((entry) => entry.statement.id)).toEqual(['early']);
  });
});

describe('searchUnits', () => {
  it.each([
    ['50th army', 'cpv-50-army', '50th army'],
    ['50 army', 'cpv-50-army', '50th army'],
    ['first corps', 'kpa-1-corps', "1st Corps of the People's Army"],
    ['Han Xianchu', 'right-column', 'Hun Xianchu'],
    ['khan sian', 'right-column', "Khan' Sian'-chu"],
    ['116', 'cpv-116-division', '116th infantry division'],
  ])('%s finds %s through "%s"', (query, unitId, matched) => {
    const [best] = searchUnits(query, UNITS);
    expect(best).toMatchObject({ unitId, matched });
  });

  it('finds a unit by the name the sources give its commander, only through a person a commander links to', () => {
    const corps = [
      unit('kpa-2-corps', '2nd corps', { force: 'KPA', echelon: 'corps', commanders: [{ asWritten: 'Pan Kho-Son', sentenceId: 'oc1-1', person: 'pang-ho-san' }] }),
      unit('kpa-5-corps', '5th corps', { force: 'KPA', echelon: 'corps', commanders: [{ asWritten: 'Pan Kho-Son', sentenceId: 'oc1-1' }] }),
    ];
    const people = [{ id: 'pang-ho-san', name: 'Pang Ho-san', confidence: 'medium' as const, reasoning: 'test', sources: [{ ref: 'x', supports: 'y' }] }];
    expect(searchUnits('Pang Ho-san', corps, 6, people)).toEqual([{ unitId: 'kpa-2-corps', matched: 'Pang Ho-san', score: 0 }]);
    expect(searchUnits('Pang Ho-san', corps)).toEqual([]);
  });

  it('finds nothing for a name no unit has, or for a single letter', () => {
    expect(searchUnits('Seoul', UNITS)).toEqual([]);
    expect(searchUnits('a', UNITS)).toEqual([]);
  });
});
