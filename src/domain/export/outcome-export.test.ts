import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../geo/build/dataset';
import { loadOutcome } from '../../../geo/build/outcome';
import type { OutcomeEvent } from '../../../geo/schema/outcome-schema';
import { citedWorks } from '../../../geo/build/bibliography-export';
import { loadBibliography } from '../../../geo/build/bibliography';
import type { CitedWork } from '../bibliography';
import { outcomeGeoJson } from './outcome-export';

const geoDir = new URL('../../../geo', import.meta.url).pathname;
const { places, telegram } = loadDataset(geoDir);
const events = loadOutcome(join(geoDir, 'outcome', 'events.json'), places);
const works = new Map(citedWorks(loadBibliography(join(geoDir, 'sources', 'bibliography.json'))).map((work) => [work.id, work]));
const exported = JSON.parse(JSON.stringify(outcomeGeoJson(events, places, telegram.source.citation, works))) as ReturnType<typeof outcomeGeoJson>;

const source = { ref: 'a-history', supports: 'the date' };
const someWorks = new Map<string, CitedWork>([['a-history', { id: 'a-history', grade: 'scholarly', citation: 'A history.' }]]);
const event = (versions: OutcomeEvent['versions']): OutcomeEvent => ({ id: 'e', kind: 'captured', title: 'E', places: ['seoul'], geometry: { type: 'place', place: 'seoul' }, versions, disagreement: 'they differ' });

describe('the outcome export', () => {
  it('keeps every event, those without a place as features without geometry', () => {
    expect(new Set(exported.features.map((feature) => feature.properties?.eventId))).toEqual(new Set(events.map((candidate) => candidate.id)));
    const unplaced = events.filter((candidate) => candidate.geometry === undefined).map((candidate) => `outcome:${candidate.id}`);
    expect(unplaced.length).toBeGreaterThan(0);
    expect(exported.features.filter((feature) => feature.geometry === null).map((feature) => feature.id)).toEqual(unplaced);
  });

  it('gives unique feature ids, a citation per feature and the accounts as an array', () => {
    const ids = exported.features.map((feature) => feature.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const feature of exported.features) {
      expect(Array.isArray(feature.properties?.accounts)).toBe(true);
      expect(String(feature.properties?.citation).length).toBeGreaterThan(10);
    }
    expect(exported.citation).toMatch(/sources named on each feature/);
  });

  it.each<[string, OutcomeEvent['versions'], Record<string, string>]>([
    ['a single day', [{ date: { start: '1951-01-05', precision: 'day' }, account: 'a', sources: [source] }], { start: '1951-01-05T00:00:00', end: '1951-01-06T00:00:00', start_as_written: '1951-01-05', end_as_written: '1951-01-05' }],
    [
      'accounts that disagree: earliest start to the end of the latest',
      [
        { date: { start: '1951-01-05', end: '1951-01-05', precision: 'day' }, account: 'a', sources: [source] },
        { date: { start: '1951-01-03T15:00', end: '1951-01-04', precision: 'approximate' }, account: 'b', sources: [source] },
        { date: { start: '1951-01-07', end: '1951-01-08', precision: 'day' }, account: 'c', sources: [source] },
      ],
      { start: '1951-01-03T15:00:00', end: '1951-01-09T00:00:00', start_as_written: '1951-01-03T15:00', end_as_written: '1951-01-08' },
    ],
  ])('dates %s in ISO 8601', (_name, versions, expected) => {
    const [feature] = outcomeGeoJson([event(versions)], places, 'the telegram', someWorks).features;
    expect(feature?.properties).toMatchObject(expected);
    expect(feature?.id).toBe('outcome:e');
  });
});
