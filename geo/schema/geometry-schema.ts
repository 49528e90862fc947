import { z } from 'zod';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
/** GeoJSON order: longitude first (TEI <geo> is latitude first; see the TEI export). */
export const positionSchema = z.tuple([longitude, latitude]);

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) });
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z
    .array(z.array(positionSchema).min(4))
    .min(1)
    .refine((rings) => rings.every((ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1]), 'every ring must close on its first position'),
});
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, lineStringSchema, polygonSchema]);

export type Position = z.infer<typeof positionSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
