import { z } from 'zod';
import { STATEMENT_KINDS } from '../../src/domain/visibility';
import { sourceRefSchema } from './bibliography-schema';
import { sentenceIdSchema } from './telegram-schema';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');

export const unitSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(1),
  force: z.enum(['CPV', 'KPA', 'UN']),
  /** From the document's point of view. */
  side: z.enum(['friendly', 'hostile']),
  echelon: z.enum(['division', 'army', 'corps', 'column', 'unknown']),
  parent: idSchema.optional(),
  parentNote: z.string().optional(),
  /** Commanders as the telegram writes their names; `person` links a spelling to who the sources say it is (people.json). */
  commanders: z.array(z.strictObject({ asWritten: z.string(), sentenceId: sentenceIdSchema, person: idSchema.optional() })).optional(),
  /** What other works say of the unit (who its commander was, which column it served in). */
  note: z.string().optional(),
  sources: z.array(sourceRefSchema).min(1).optional(),
});

export const unitsFileSchema = z.strictObject({ $comment: z.string().optional(), units: z.array(unitSchema).min(1) });

/** Who a commander's name as written stands for, with the reasoning and the works it rests on. */
export const personSchema = z.strictObject({
  id: idSchema,
  /** The name in the usual modern romanization. */
  name: z.string().min(1),
  /** The name in its own script(s), only where a cited work writes it. */
  native: z.string().min(1).optional(),
  confidence: z.enum(['high', 'medium', 'low']),
  reasoning: z.string().min(1),
  sources: z.array(sourceRefSchema).min(1),
});

export const peopleFileSchema = z.strictObject({ $comment: z.string().optional(), people: z.array(personSchema) });

export type Person = z.infer<typeof personSchema>;

/** "1951-01-04T24:00" style times on the document clock (see src/domain/time.ts). */
const documentTimeSchema = z.string().regex(/^1951-01-\d{2}(T\d{2}:\d{2})?$/, 'a time such as 1951-01-04T24:00');

export const timeWindowSchema = z.strictObject({
  /** When it happens (reported) or is to happen (ordered, assessed). */
  start: documentTimeSchema,
  /** null: open-ended ("at the appropriate moment", "until further orders"). */
  end: documentTimeSchema.nullable(),
  precision: z.enum(['minute', 'hour', 'day', 'days', 'open']),
  /** True when the telegram does not state the window and we derived it; `basis` says how. */
  inferred: z.boolean(),
  basis: z.string().min(1),
  /**
   * The times of this window that the telegram writes in so many words, each quoted from one of the statement's
   * sentences ("24:00 4.1", sentence "oc3-3"). A readout writes a midnight as "24:00" of the day before only where
   * such a quote does; every other midnight is "00:00" of the next day (src/domain/written-times.ts).
   */
  written: z.array(z.strictObject({ time: documentTimeSchema, quote: z.string().min(1), sentenceId: sentenceIdSchema })).min(1).optional(),
});

/** A point of a line: a gazetteer place, or a stretch along a river's bank between the neighbouring points. */
const waypointSchema = z.union([
  z.strictObject({ place: idSchema }),
  z.strictObject({ alongRiver: idSchema, bank: z.enum(['north', 'south']), offsetKm: z.number().min(0).max(10) }),
]);

export const geometrySpecSchema = z.discriminatedUnion('type', [
  /** The place's own gazetteer geometry. */
  z.strictObject({ type: z.literal('place'), place: idSchema }),
  /** The area around places: their convex hull (or the point) widened by bufferKm. */
  z.strictObject({ type: z.literal('area'), places: z.array(idSchema).min(1), bufferKm: z.number().positive().max(30) }),
  /** A line through waypoints in the order the text gives them. */
  z.strictObject({ type: z.literal('line'), through: z.array(waypointSchema).min(2) }),
  /** An arrow through places in order; `fromOffset` starts it short of its first place (km, bearing). */
  z.strictObject({
    type: z.literal('arrow'),
    through: z.array(idSchema).min(2),
    startOffset: z.strictObject({ km: z.number().positive(), bearing: z.number() }).optional(),
  }),
  /** A crossing arrow over a river: from a point on one bank to a point on the other, at a place on the river. */
  z.strictObject({
    type: z.literal('crossing'),
    river: idSchema,
    at: idSchema,
    /** Direction of the crossing, degrees clockwise from north. */
    bearing: z.number(),
    lengthKm: z.number().positive().max(20),
    /** Shift along the river from `at` (km, + = downstream), for "above and below". */
    shiftKm: z.number().optional(),
  }),
  /** A text along one side of a line drawn earlier in the same statement (`of` = that part's index): whose side is whose. */
  z.strictObject({ type: z.literal('side-label'), text: z.string().min(1), of: z.number().int().min(0), side: z.enum(['north', 'south', 'east', 'west']), offsetKm: z.number().positive().max(10) }),
]);

export const statementSchema = z.strictObject({
  id: idSchema,
  /** reported: happened by 4 January 24:00; assessed: the writers' expectation of the enemy; ordered: what is to be done; document: the telegram's own history. */
  kind: z.enum(STATEMENT_KINDS),
  sentenceIds: z.array(sentenceIdSchema).min(1),
  summary: z.string().min(1),
  units: z.array(idSchema),
  places: z.array(idSchema),
  when: timeWindowSchema,
  /** Conditional orders ("if the enemy continues to withdraw"). */
  condition: z.string().optional(),
  role: z.enum(['occupation', 'withdrawal', 'defence-line', 'barrier', 'enemy-holds', 'garrison', 'assembly', 'crossing', 'objective', 'advance', 'demarcation', 'strike', 'document']),
  geometry: z.array(geometrySpecSchema),
  /** Where each unit's symbol stands, when the statement places units. */
  unitAnchor: idSchema.optional(),
  note: z.string().optional(),
  /** Works beyond the telegram that the note rests on (the telegram itself is the statement's source). */
  sources: z.array(sourceRefSchema).min(1).optional(),
});

export const statementsFileSchema = z.strictObject({ $comment: z.string().optional(), statements: z.array(statementSchema).min(1) });

export type Unit = z.infer<typeof unitSchema>;
export type TimeWindow = z.infer<typeof timeWindowSchema>;
export type GeometrySpec = z.infer<typeof geometrySpecSchema>;
export type Statement = z.infer<typeof statementSchema>;
