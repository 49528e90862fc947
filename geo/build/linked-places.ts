import type { Place, Source } from '../schema/place-schema';
import { sourceText, type CitedWork } from '../../src/domain/bibliography';
import type { Telegram } from '../schema/telegram-schema';

/**
 * The gazetteer as a Linked Places Format (v1.1) FeatureCollection, for the World Historical Gazetteer and
 * other LPF readers: https://github.com/LinkedPasts/linked-places-format
 */
export const LPF_CONTEXT = 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';
const ID_BASE = 'urn:telegram-1951-01-04:place:';

const CERTAINTY = { high: 'certain', medium: 'less-certain', low: 'uncertain', unidentified: 'uncertain' } as const;


export function toLinkedPlaces(places: readonly Place[], telegram: Telegram, works: ReadonlyMap<string, CitedWork>): Record<string, unknown> {
  // The bibliography's citation of the work; @id is the work's own address, never the copy read.
  const citation = (source: Source): { label: string; '@id'?: string } => {
    const url = works.get(source.ref)?.url;
    const label = sourceText(source, works);
    return url === undefined ? { label } : { label, '@id': url };
  };
  const documentCitation = { label: telegram.source.citation, '@id': telegram.source.url };
  return {
    type: 'FeatureCollection',
    '@context': LPF_CONTEXT,
    citation: documentCitation,
    features: places.map((place) => ({
      '@id': `${ID_BASE}${place.id}`,
      type: 'Feature',
      properties: { title: place.title, ccodes: place.kind === 'region' || place.id === 'beijing' ? ['CN'] : ['KR'], confidence: place.confidence },
      when: { timespans: [{ start: { in: '1951-01-03' }, end: { in: '1951-01-08' } }], label: 'as named in the telegram of 4-8 January 1951' },
      names: place.variants.map((variant) => ({
        toponym: variant.toponym,
        lang: variant.lang,
        citations: variant.inTelegram === true ? [documentCitation] : place.sources.map(citation),
      })),
      // Only our own kind label: no vocabulary identifier is claimed that we have not checked.
      types: [{ label: place.kind, sourceLabels: [{ label: place.kind, lang: 'en' }] }],
      geometry: {
        type: 'GeometryCollection',
        geometries: [
          { ...place.geometry, certainty: CERTAINTY[place.confidence], citations: place.sources.map(citation) },
          ...(place.alternatives ?? []).flatMap((alternative) => (alternative.geometry === null ? [] : [{
            ...alternative.geometry,
            certainty: 'uncertain',
            label: `alternative identification: ${alternative.label}`,
            citations: (alternative.sources ?? []).map(citation),
          }])),
        ],
      },
      links: [],
      descriptions: [{ value: place.rationale, lang: 'en' }],
    })),
  };
}
