import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { join } from 'node:path';
import { citedWorks } from './bibliography-export';
import { loadBibliography } from './bibliography';
import { loadDataset } from './dataset';
import { LPF_CONTEXT, toLinkedPlaces } from './linked-places';

const dataset = loadDataset(new URL('..', import.meta.url).pathname);

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
  types: z.array(z.object({ label: z.string() })).min(1),
  geometry: z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry).min(1) }),
  links: z.array(z.unknown()),
  descriptions: z.array(z.object({ value: z.string().min(1) })),
});
const lpf = z.object({ type: z.literal('FeatureCollection'), '@context': z.literal(LPF_CONTEXT), features: z.array(lpfFeature) });

describe('the Linked Places export', () => {
  const works = new Map(citedWorks(loadBibliography(join(new URL('..', import.meta.url).pathname, 'sources', 'bibliography.json'))).map((work) => [work.id, work]));
  const collection = lpf.parse(toLinkedPlaces(dataset.places, dataset.telegram, works));

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
});
