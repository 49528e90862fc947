import { z } from 'zod';
import { sourceRefSchema } from './bibliography-schema';
import { geometrySchema } from './geometry-schema';

export const confidenceSchema = z.enum(['high', 'medium', 'low', 'unidentified']);

/** A source is cited by bibliography key (geo/sources/bibliography.json), with where in the work and what it supports. */
export const sourceSchema = sourceRefSchema;

/**
 * BCP 47 tags used in the gazetteer. McCune-Reischauer is ko-Latn-alalc97 (the registered variant subtag for the
 * ALA-LC romanization, which is McCune-Reischauer for Korean); "ko-Latn-mr" would read "mr" as a region (Mauritania).
 */
export const languageTagSchema = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[a-z0-9]{5,8}|-[0-9][a-z0-9]{3})*$/, 'a BCP 47 tag such as en, ru-Latn, ja-Latn, ko-Hang, ko-Hani, ko-Latn-alalc97 (variant subtags have 5-8 characters)');

export const variantSchema = z.strictObject({
  toponym: z.string().min(1),
  lang: languageTagSchema,
  /** True when this spelling occurs in the telegram or its catalogue record, exactly as written there. */
  inTelegram: z.boolean().optional(),
  /** True for a form no source shows, derived by transliteration rules (e.g. the Cyrillic behind a telegram spelling). */
  reconstructed: z.boolean().optional(),
  note: z.string().optional(),
});

export const alternativeSchema = z.strictObject({
  label: z.string().min(1),
  hanja: z.string().optional(),
  hangul: z.string().optional(),
  /** null: the candidate is named by a source, but no coordinate for it was found in the sources consulted. */
  geometry: geometrySchema.nullable(),
  confidence: confidenceSchema,
  rationale: z.string().min(1),
  sources: z.array(sourceSchema).optional(),
});

const optionalName = z.string().min(1).nullable().optional();

export const placeSchema = z
  .strictObject({
    $comment: z.string().optional(),
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case'),
    kind: z.enum(['city', 'town', 'village', 'district', 'river', 'airfield', 'port', 'bridge', 'area', 'region', 'mountain']),
    title: z.string().min(1),
    names: z.strictObject({
      rr: optionalName,
      mr: optionalName,
      hangul: optionalName,
      hanja: optionalName,
      japanese: optionalName,
      russian: optionalName,
      chinese: optionalName,
    }),
    variants: z.array(variantSchema).min(1),
    geometry: geometrySchema,
    confidence: confidenceSchema,
    rationale: z.string().min(20, 'say why, in a sentence or more'),
    sources: z.array(sourceSchema).min(1, 'every identification needs at least one source'),
    alternatives: z.array(alternativeSchema).optional(),
    notes: z.string().optional(),
  })
  .superRefine((place, ctx) => {
    if (place.confidence !== 'high' && (place.alternatives ?? []).length === 0 && place.confidence !== 'unidentified') {
      ctx.addIssue({ code: 'custom', path: ['alternatives'], message: `a ${place.confidence}-confidence identification must list its alternatives` });
    }
    if (place.confidence === 'unidentified' && place.geometry.type === 'Point') {
      ctx.addIssue({ code: 'custom', path: ['geometry'], message: 'an unidentified place is drawn as the area the text implies (a Polygon), not a point' });
    }
    if (!place.variants.some((v) => v.inTelegram)) {
      ctx.addIssue({ code: 'custom', path: ['variants'], message: 'at least one variant must be a spelling from the telegram (inTelegram: true)' });
    }
  });

export type Confidence = z.infer<typeof confidenceSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type Place = z.infer<typeof placeSchema>;
