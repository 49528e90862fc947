import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { join } from 'node:path';
import { citedWorks } from './bibliography-export';
import { loadBibliography } from './bibliography';
import { loadDataset } from './dataset';
import { loadVocabularies } from './gazetteer-links';
import { LPF_CONTEXT, lpfTitle, toLinkedPlaces } from './linked-places';

const geoDir = new URL('..', import.meta.url).pathname;
const dataset = loadDataset(geoDir);
const vocabularies = loadVocabularies(geoDir, dataset.places);

/** The Linked Places Format v1.1 members we promise (https://github.com/LinkedPasts/linked-places-format). */
const citation = z.object({ label: z.string().min(1), '@id': z.url().optional() });
const position = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);
const geometry = z.object({
  type: z.enum(['Point', 'LineString', 'Polygon']),
  coordinates: z.union([position, z.array(position), z.array(z.array(position))]),
  certainty: z.enum(['certain', 'less-certain', 'uncertain']),
  citations: z.array(citation),
});
const lpfFeature = z.object({
  '@id': z.string().min(1),
  type: z.literal('Feature'),
  properties: z.object({ title: z.string().min(1) }),
  when: z.object({ timespans: z.array(z.object({ start: z.object({ in: z.string() }) })).min(1) }),
  names: z.array(z.object({ toponym: z.string().min(1), lang: z.string().min(2), citations: z.array(citation).min(1) })).min(1),
  types: z.array(z.object({ identifier: z.string().optional(), label: z.string() })).min(1),
  geometry: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry).min(1) }),
  links: z.array(z.object({ type: z.enum(['exactMatch', 'closeMatch']), identifier: z.string().regex(/^gn:\d+$/) })),
  descriptions: z.array(z.object({ value: z.string().min(1) })),
});
const lpf = z.object({ type: z.literal('FeatureCollection'), '@context': z.literal(LPF_CONTEXT), features: z.array(lpfFeature) });

describe('the Linked Places export', () => {
  const works = new Map(citedWorks(loadBibliography(join(new URL('..', import.meta.url).pathname, 'sources', 'bibliography.json'))).map((work) => [work.id, work]));
  const collection = lpf.parse(toLinkedPlaces(dataset.places, dataset.telegram, vocabularies, works));

  it('has one feature per gazetteer place, with every spelling as a name', () => {
    expect(collection.features).toHaveLength(dataset.places.length);
    for (const place of dataset.places) {
      const feature = collection.features.find((candidate) => candidate['@id'].endsWith(`:${place.id}`));
      expect(feature?.names.map((name) => name.toponym)).toEqual(place.variants.map((variant) => variant.toponym));
    }
  });

  it('states certainty from the identification confidence and keeps GeoJSON longitude-first order', () => {
    const incheon = collection.features.find((feature) => feature['@id'].endsWith(':incheon'));
    expect(incheon?.geometry.geometries[0]?.certainty).toBe('certain');
    expect((incheon?.geometry.geometries[0]?.coordinates as number[])[0]).toBeGreaterThan(120);
    const songcheon = collection.features.find((feature) => feature['@id'].endsWith(':songcheon'));
    expect(songcheon?.geometry.geometries[0]?.certainty).toBe('uncertain');
    expect(songcheon?.geometry.geometries[0]?.type).toBe('Polygon');
  });

  it('cites the telegram for the spellings it contains', () => {
    const jemulpo = collection.features.flatMap((feature) => feature.names).find((name) => name.toponym === 'Jemulpo [Incheon]');
    expect(jemulpo?.citations[0]?.['@id']).toBe(dataset.telegram.source.url);
  });

  it('types every place of a kind with an AAT identifier, and links GeoNames only where the table gives an id', () => {
    const byId = new Map(collection.features.map((feature) => [feature['@id'].replace(/^.*:/, ''), feature]));
    expect(byId.get('seoul')?.types[0]?.identifier).toBe('aat:300008389');
    expect(byId.get('hoengseong')?.types[0]?.identifier).toBe('aat:300008375');
    expect(byId.get('gimpo-airfield')?.types[0]?.identifier).toBeUndefined();
    expect(byId.get('seoul')?.links).toEqual([{ type: 'exactMatch', identifier: 'gn:1835848' }]);
    expect(byId.get('kando')?.links).toEqual([]);
    const linked = collection.features.filter((feature) => feature.links.length > 0).length;
    expect(linked).toBe(vocabularies.links.length);
  });

  it('keeps bracketed qualifiers out of titles and in the descriptions', () => {
    const kando = collection.features.find((feature) => feature['@id'].endsWith(':kando'));
    expect(kando?.properties.title).toBe('Kando');
    expect(kando?.descriptions.map((description) => description.value)).toContain("Title in the project's gazetteer: Kando (unidentified)");
    expect(collection.features.filter((feature) => /[()[\]]/.test(feature.properties.title))).toEqual([]);
  });
});

describe('lpfTitle', () => {
  it.each([
    ['Kando (unidentified)', 'Kando'],
    ['Gimpo Airfield (K-14)', 'Gimpo Airfield'],
    ['Han River bridges at Yongsan–Noryangjin (Hangang Bridge)', 'Han River bridges at Yongsan–Noryangjin'],
    ['Jemulpo [Incheon] port', 'Jemulpo port'],
    ['Seoul', 'Seoul'],
  ])('%s -> %s', (title, expected) => {
    expect(lpfTitle(title)).toBe(expected);
  });
});
