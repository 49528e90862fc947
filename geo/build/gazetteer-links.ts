import { join } from 'node:path';
import type { Place } from '../schema/place-schema';
import { geonamesLinksFileSchema, placeTypesFileSchema, type GeonamesLink, type PlaceTypes } from '../schema/vocabulary-schema';
import { DataError, readJsonFile, validate } from './validate';

export interface GazetteerVocabularies {
  types: PlaceTypes;
  links: GeonamesLink[];
}

/** Reads geo/vocabularies/: every place id a link names must exist, and at most one link per place. */
export function loadVocabularies(geoDir: string, places: readonly Place[]): GazetteerVocabularies {
  const typesFile = join(geoDir, 'vocabularies', 'place-types.json');
  const linksFile = join(geoDir, 'vocabularies', 'geonames-links.json');
  const types = validate(placeTypesFileSchema, readJsonFile(typesFile), typesFile, 'kinds').kinds;
  const links = validate(geonamesLinksFileSchema, readJsonFile(linksFile), linksFile, 'links').links;
  const placeIds = new Set(places.map((place) => place.id));
  const linked = new Set<string>();
  links.forEach((link, index) => {
    if (!placeIds.has(link.place)) throw new DataError(linksFile, link.place, `links[${index}].place`, `no place "${link.place}" in the gazetteer`);
    if (linked.has(link.place)) throw new DataError(linksFile, link.place, `links[${index}].place`, 'a second GeoNames link for this place');
    linked.add(link.place);
  });
  return { types, links };
}
