import { kinks, polygon } from '@turf/turf';
import { z } from 'zod';

const longitude = z.number().min(-180).max(180);
const latitude = z.number().min(-90).max(90);
/** GeoJSON order: longitude first (TEI <geo> is latitude first; see the TEI export). */
export const positionSchema = z.tuple([longitude, latitude]);

/** About a square metre: any real area is far larger, float noise on a flat ring far smaller. */
const MIN_AREA_SQ_DEGREES = 1e-10;

/** Shoelace area in square degrees: zero exactly when the corners are repeated or on one straight line. */
function planarArea(ring: readonly (readonly [number, number])[]): number {
  let sum = 0;
  for (let index = 0; index + 1 < ring.length; index += 1) {
    const [x1, y1] = ring[index] ?? [0, 0];
    const [x2, y2] = ring[index + 1] ?? [0, 0];
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export const pointSchema = z.strictObject({ type: z.literal('Point'), coordinates: positionSchema });
export const lineStringSchema = z.strictObject({ type: z.literal('LineString'), coordinates: z.array(positionSchema).min(2) });
export const polygonSchema = z.strictObject({
  type: z.literal('Polygon'),
  coordinates: z
    .array(z.array(positionSchema).min(4))
    .min(1)
    .refine((rings) => rings.every((ring) => ring[0]?.[0] === ring.at(-1)?.[0] && ring[0]?.[1] === ring.at(-1)?.[1]), 'every ring must close on its first position')
    // A ring that crosses itself (a bow-tie) or encloses nothing draws and buffers wrongly, silently.
    .refine((rings) => kinks(polygon(rings)).features.length === 0, 'the ring crosses itself (a bow-tie); list its corners in order around the area')
    .refine((rings) => rings.every((ring) => Math.abs(planarArea(ring)) > MIN_AREA_SQ_DEGREES), 'the ring encloses no area (its corners are repeated or on one line)'),
});
export const geometrySchema = z.discriminatedUnion('type', [pointSchema, lineStringSchema, polygonSchema]);

export type Position = z.infer<typeof positionSchema>;
export type Geometry = z.infer<typeof geometrySchema>;
