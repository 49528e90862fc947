import type { CitedWork } from '../../src/domain/bibliography';
import type { Place } from '../schema/place-schema';
import type { Telegram } from '../schema/telegram-schema';
import { sourcesOf, type SourceSummary } from '../../src/domain/export/sources-of';
import type { GazetteerVocabularies } from './gazetteer-links';

/**
 * The gazetteer as a Linked Places Format (v1.1) FeatureCollection, for the World Historical Gazetteer and
 * other LPF readers: https://github.com/LinkedPasts/linked-places-format. It passes WHG's upload schema
 * (lpf_v2.0, vendored in geo/schemas-vendored/whg/) as a whole and feature by feature.
 */
export const LPF_CONTEXT = 'https://raw.githubusercontent.com/LinkedPasts/linked-places/master/linkedplaces-context-v1.1.jsonld';
const ID_BASE = 'urn:telegram-1951-01-04:place:';
const CSL_CITATION_SCHEMA = 'https://whgazetteer.org/schema/csl-citation.json';

/** LPF's own certainty term for the identification; the gazetteer's confidence travels beside it. */
export const CERTAINTY = { high: 'certain', medium: 'less-certain', low: 'uncertain', unidentified: 'uncertain' } as const;

/** WHG drops a bracketed part of a title on import: the qualifier goes into the descriptions instead. */
export function lpfTitle(title: string): string {
  return title.replace(/\s*[([][^)\]]*[)\]]/g, '').trim();
}

function lpfCitation(source: SourceSummary): { label: string; '@id'?: string } {
  return source.url === null ? { label: source.label } : { label: source.label, '@id': source.url };
}

/** The telegram as a CSL citation, the form WHG's schema asks of a collection's `citation`. */
export function telegramCslCitation(telegram: Telegram): Record<string, unknown> {
  const source = telegram.source;
  const [year, month, day] = source.date.split('-').map(Number);
  const id = `wilson-center-digital-archive-${source.documentId}`;
  return {
    schema: CSL_CITATION_SCHEMA,
    citationID: id,
    citationItems: [
      {
        id,
        itemData: {
          id,
          type: 'document',
          title: source.title,
          issued: { 'date-parts': [[year, month, day]] },
          archive: source.collection,
          archive_location: source.archive,
          number: source.documentId,
          URL: source.url,
          note: source.language,
        },
      },
    ],
  };
}

function placeTypes(place: Place, vocabularies: GazetteerVocabularies): Record<string, unknown>[] {
  const type = vocabularies.types[place.kind];
  const sourceLabels = [{ label: place.kind, lang: 'en' }];
  return [type.identifier === null ? { label: type.label, sourceLabels } : { identifier: type.identifier, label: type.label, sourceLabels }];
}

function placeLinks(place: Place, vocabularies: GazetteerVocabularies): { type: string; identifier: string }[] {
  return vocabularies.links.filter((link) => link.place === place.id).map((link) => ({ type: link.type, identifier: `gn:${link.geonameid}` }));
}

export function toLinkedPlaces(places: readonly Place[], telegram: Telegram, vocabularies: GazetteerVocabularies, works: ReadonlyMap<string, CitedWork>): Record<string, unknown> {
  const documentCitation = { label: telegram.source.citation, '@id': telegram.source.url };
  return {
    type: 'FeatureCollection',
    '@context': LPF_CONTEXT,
    citation: telegramCslCitation(telegram),
    features: places.map((place) => {
      const title = lpfTitle(place.title);
      const citations = sourcesOf(place, works).map(lpfCitation);
      const qualifier = title === place.title ? [] : [{ value: `Title in the project's gazetteer: ${place.title}`, lang: 'en' }];
      return {
        '@id': `${ID_BASE}${place.id}`,
        type: 'Feature',
        properties: { title, ccodes: place.kind === 'region' || place.id === 'beijing' ? ['CN'] : ['KR'], confidence: place.confidence },
        when: { timespans: [{ start: { in: '1951-01-03' }, end: { in: '1951-01-08' } }], label: 'as named in the telegram of 4-8 January 1951' },
        names: place.variants.map((variant) => ({
          toponym: variant.toponym,
          lang: variant.lang,
          citations: variant.inTelegram === true ? [documentCitation] : citations,
        })),
        types: placeTypes(place, vocabularies),
        geometry: {
          type: 'GeometryCollection',
          geometries: [
            { ...place.geometry, certainty: CERTAINTY[place.confidence], citations },
            // A candidate without a sourced coordinate is named in the descriptions only, never given a point.
            ...(place.alternatives ?? []).flatMap((alternative) =>
              alternative.geometry === null
                ? []
                : [{ ...alternative.geometry, certainty: 'uncertain', label: `alternative identification: ${alternative.label}`, citations: sourcesOf(alternative, works).map(lpfCitation) }],
            ),
          ],
        },
        links: placeLinks(place, vocabularies),
        descriptions: [{ value: place.rationale, lang: 'en' }, ...qualifier],
      };
    }),
  };
}
