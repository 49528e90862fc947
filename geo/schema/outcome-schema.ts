import { z } from 'zod';
import { positionSchema } from './geometry-schema';
import { sourceSchema } from './place-schema';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');
/** Dates on the same document clock as the telegram's data; outcome events reach back to 31 December 1950. */
const dateSchema = z.string().regex(/^195[01]-\d{2}-\d{2}(T\d{2}:\d{2})?$/, 'a date such as 1951-01-04 or 1951-01-04T15:00');

const pointSchema = z.strictObject({ label: z.string().min(1), coordinates: positionSchema, source: sourceSchema });

export const outcomeVersionSchema = z.strictObject({
  date: z.strictObject({ start: dateSchema, end: dateSchema.nullable().optional(), precision: z.string().min(1) }),
  account: z.string().min(1),
  /** Set when an account is kept although it is doubtful: the reason, in words. */
  doubt: z.string().min(1).optional(),
  sources: z.array(sourceSchema).min(1, 'every version of an outcome needs at least one source'),
});

export const outcomeEventSchema = z
  .strictObject({
    id: idSchema,
    kind: z.enum(['captured', 'abandoned', 'withdrawal', 'line-held', 'halt', 'crossing', 'other']),
    title: z.string().min(1),
    places: z.array(idSchema),
    /** Absent for events with no one place to draw (the offensive opening along the whole front). */
    geometry: z.discriminatedUnion('type', [
      z.strictObject({ type: z.literal('place'), place: idSchema }),
      z.strictObject({ type: z.literal('points'), points: z.array(pointSchema).min(1) }),
      z.strictObject({ type: z.literal('line'), points: z.array(pointSchema).min(2) }),
    ]).optional(),
    versions: z.array(outcomeVersionSchema).min(1),
    /**
     * Places the accounts name that have neither a gazetteer record nor a point of their own ("Yeoju", and "Yoju" as
     * a source writes it), each exactly as an account or a source note of this event writes it: search finds the
     * event by them.
     */
    alsoNamed: z.array(z.string().min(1)).min(1).optional(),
    disagreement: z.string().optional(),
  })
  .superRefine((event, ctx) => {
    if (event.versions.length > 1 && event.disagreement === undefined) {
      ctx.addIssue({ code: 'custom', path: ['disagreement'], message: 'several versions: say how they differ' });
    }
  });

export const outcomeFileSchema = z.strictObject({ $comment: z.string().optional(), events: z.array(outcomeEventSchema) });

export type OutcomeEvent = z.infer<typeof outcomeEventSchema>;
export type OutcomeVersion = z.infer<typeof outcomeVersionSchema>;
