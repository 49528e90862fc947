import type { FeatureCollection } from 'geojson';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedWorks } from './bibliography-export';
import { loadBibliography } from './bibliography';
import { loadDataset } from './dataset';
import { outcomeGeoJson } from '../../src/domain/export/outcome-export';
import { buildOutcomeLayer, datesDisputed, loadOutcome } from './outcome';

const geoDir = new URL('..', import.meta.url).pathname;
const { places, telegram } = loadDataset(geoDir);
const events = loadOutcome(join(geoDir, 'outcome', 'events.json'), places);
const works = new Map(citedWorks(loadBibliography(join(geoDir, 'sources', 'bibliography.json'))).map((work) => [work.id, work]));

describe('the outcome data', () => {
  it('gives every account of every event at least one source with a title and what it supports', () => {
    expect(events.length).toBeGreaterThan(5);
    for (const event of events) {
      for (const version of event.versions) {
        expect(version.sources.length, `${event.id}`).toBeGreaterThan(0);
        for (const source of version.sources) expect(source.supports.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps every version where the sources disagree, and says how they differ', () => {
    const disputed = events.filter(datesDisputed);
    expect(disputed.map((event) => event.id)).toEqual(expect.arrayContaining(['incheon-occupied', 'seoul-abandoned']));
    for (const event of disputed) expect(event.disagreement, event.id).toBeTruthy();
    const exported = outcomeGeoJson(events, places, telegram.source.citation, works);
    const incheon = exported.features.find((feature) => feature.properties?.eventId === 'incheon-occupied');
    const accounts = incheon?.properties?.accounts as unknown[] | undefined;
    expect(accounts).toHaveLength(events.find((event) => event.id === 'incheon-occupied')?.versions.length ?? -1);
  });

  it('writes each account\'s sources in the export as bibliography citations with grade and the work\'s own address', () => {
    const exported = outcomeGeoJson(events, places, telegram.source.citation, works);
    const sources = exported.features.flatMap((feature) => (feature.properties?.accounts as { sources: { label: string; grade: string | null; url: string | null }[] }[]).flatMap((account) => account.sources));
    expect(sources.length).toBeGreaterThan(20);
    for (const source of sources) {
      expect(source.grade).not.toBeNull();
      expect(source.label).not.toMatch(/^[a-z0-9-]+$/);
      expect(source.url ?? '').not.toMatch(/\/\/\d+\.\d+\.\d+\.\d+|elb\.amazonaws|:\d+\//);
    }
  });

  it('shows an event from the earliest date any account gives', () => {
    const incheon = events.find((event) => event.id === 'incheon-occupied');
    if (incheon === undefined) throw new Error('no incheon-occupied event');
    const drawn = buildOutcomeLayer([incheon], places).features.map((feature) => feature.properties?.start);
    expect(drawn.length).toBeGreaterThan(0);
    expect(new Set(drawn)).toEqual(new Set([Date.UTC(1951, 0, 5)]));
  });

  it('draws every event that has a place in its own layer', () => {
    const layer = buildOutcomeLayer(events, places);
    const drawn = new Set(layer.features.map((feature) => feature.properties?.eventId));
    expect(events.filter((event) => event.geometry !== undefined && !drawn.has(event.id)).map((event) => event.id)).toEqual([]);
  });

  it('stays apart from the telegram in what `npm run data` wrote: no event in the situation layer or its export', () => {
    const eventIds = new Set(events.map((event) => event.id));
    for (const file of ['situation.geojson', 'exports/telegram-1951-01-04.geojson']) {
      const path = join(geoDir, '..', 'public', 'data', file);
      if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run data\` first`);
      const written = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
      const leaked = written.features.filter((feature) => feature.properties?.eventId !== undefined || eventIds.has(String(feature.properties?.statementId)));
      expect(leaked, file).toEqual([]);
    }
  });
});
