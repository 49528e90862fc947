import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../geo/schema/comparison-schema';
import type { OutcomeEvent } from '../../geo/schema/outcome-schema';
import type { Statement } from '../../geo/schema/situation-schema';
import { comparisonsFor, planOutcomeAt } from './plan-outcome';

const statement = (id: string, kind: Statement['kind'], start: string): Statement => ({
  id,
  kind,
  sentenceIds: ['s'],
  summary: id,
  units: [],
  places: [],
  when: { start, end: null, precision: 'open', inferred: true, basis: 'test' },
  role: 'advance',
  geometry: [],
});

const event = (id: string, ...starts: string[]): OutcomeEvent => ({
  id,
  kind: 'captured',
  title: id,
  places: [],
  versions: starts.map((start) => ({ date: { start, precision: 'day' }, account: `account ${start}`, sources: [] as unknown as OutcomeEvent['versions'][number]['sources'] })),
});

const STATEMENTS = [statement('report', 'reported', '1951-01-04'), statement('order', 'ordered', '1951-01-04T24:00'), statement('later', 'ordered', '1951-01-07T24:00'), statement('expect', 'assessed', '1951-01-04T24:00')];
const EVENTS = new Map([['taken', event('taken', '1951-01-07', '1951-01-06')]].map(([id, value]) => [id as string, value as OutcomeEvent]));
const COMPARISONS: Comparison[] = [{ statement: 'order', events: ['taken'], verdict: 'carried-out', summary: 'It was taken, the accounts differ on the day.' }];

describe('planOutcomeAt', () => {
  it('lists only plans and expectations already in force, reports left out', () => {
    expect(planOutcomeAt(Date.UTC(1951, 0, 5, 12), STATEMENTS, COMPARISONS, EVENTS).map((row) => row.statement.id)).toEqual(['order', 'expect']);
    expect(planOutcomeAt(Date.UTC(1951, 0, 8, 12), STATEMENTS, COMPARISONS, EVENTS).map((row) => row.statement.id)).toEqual(['order', 'later', 'expect']);
  });

  it.each([
    ['before any account', Date.UTC(1951, 0, 5, 12), false, []],
    ['when the first account dates it', Date.UTC(1951, 0, 6, 12), true, ['account 1951-01-06']],
    ['when both do', Date.UTC(1951, 0, 8), true, ['account 1951-01-07', 'account 1951-01-06']],
  ])('keeps only the accounts dated by then: %s', (_when, time, known, accounts) => {
    const row = planOutcomeAt(time, STATEMENTS, COMPARISONS, EVENTS).find((candidate) => candidate.statement.id === 'order');
    expect(row?.known).toBe(known);
    expect(row?.accounts.flatMap((entry) => entry.versions.map((version) => version.account))).toEqual(accounts);
  });

  it('counts an account given as a span only once its end has passed', () => {
    const spanning = new Map([['taken', { ...event('taken'), versions: [{ date: { start: '1950-12-31', end: '1951-01-08', precision: 'approximate' }, account: 'span', sources: [] as unknown as OutcomeEvent['versions'][number]['sources'] }] }]]);
    const at = (time: number) => planOutcomeAt(time, STATEMENTS, COMPARISONS, spanning).find((row) => row.statement.id === 'order')?.known;
    expect(at(Date.UTC(1951, 0, 6))).toBe(false);
    expect(at(Date.UTC(1951, 0, 8))).toBe(true);
  });

  it('leaves a plan without a reading unmatched', () => {
    const row = planOutcomeAt(Date.UTC(1951, 0, 8), STATEMENTS, COMPARISONS, EVENTS).find((candidate) => candidate.statement.id === 'expect');
    expect(row).toMatchObject({ comparison: undefined, accounts: [], known: false });
  });
});

describe('comparisonsFor', () => {
  it('picks the readings of the given statements', () => {
    expect(comparisonsFor(['later', 'order'], COMPARISONS)).toEqual(COMPARISONS);
    expect(comparisonsFor(['later'], COMPARISONS)).toEqual([]);
  });
});
