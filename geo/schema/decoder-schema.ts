import { z } from 'zod';

/** geo/decoder/villages.json: period village names with Hanja, each with the source that writes it. */
const villageSourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().min(1).optional(),
  locator: z.string().min(1).optional(),
  url: z.url(),
  copyRead: z.string().min(1).optional(),
  supports: z.string().min(1),
});

const hanjaText = z.string().regex(/^[\u3400-\u9fff\uf900-\ufaff]+$/u, 'must be Hanja only');
const hangulText = z.string().regex(/^[\uac00-\ud7a3]+$/u, 'must be Hangul only');

export const villageSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    hanja: hanjaText,
    hangul: hangulText,
    county: z.string().min(1),
    myeon: z.string().min(1).nullable(),
    period: z.string().min(1),
    lat: z.number().min(33).max(43.5).nullable(),
    lon: z.number().min(124).max(131).nullable(),
    coordinate: z.string().min(1).nullable(),
    sources: z.array(villageSourceSchema).min(1),
  })
  .refine((village) => (village.lat === null) === (village.lon === null) && (village.lat === null) === (village.coordinate === null), {
    message: 'lat, lon and coordinate (its source) are given together or not at all',
    path: ['coordinate'],
  })
  .refine((village) => [...village.hanja].length === [...village.hangul].length, { message: 'one Hangul syllable per Hanja', path: ['hangul'] });

export const villagesFileSchema = z.strictObject({ about: z.string().min(1), villages: z.array(villageSchema).min(1) });
export type Village = z.infer<typeof villageSchema>;

/** geo/decoder/out/decoder-data.json: what the decoder ships (src/domain/decoder/decoder-types.ts). */
export const decoderDataSchema = z.strictObject({
  provenance: z.array(z.strictObject({ data: z.string(), source: z.string(), licence: z.string() })).min(1),
  chars: z.record(z.string().length(1), z.strictObject({ on: z.array(z.string().regex(/^[a-z]+$/)), ko: z.array(hangulText) })),
  fold: z.record(z.string(), z.string()),
  places: z.array(
    z.strictObject({
      id: z.string().min(1),
      name: z.string().min(1),
      hanja: hanjaText,
      hangul: hangulText.nullable(),
      lat: z.number().min(-90).max(90).nullable(),
      lon: z.number().min(-180).max(180).nullable(),
      source: z.enum(['gazetteer', 'geonames', 'villages']),
      note: z.string().min(1),
      hanjaBasis: z.enum(['recorded', 'inferred']),
    }),
  ),
});
