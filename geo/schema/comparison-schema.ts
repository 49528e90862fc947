import { z } from 'zod';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');

/** What became of an order or expectation, in this project's reading of the outcome accounts. */
export const verdictSchema = z.enum(['carried-out', 'partly', 'not-carried-out', 'not-borne-out', 'no-account']);

export const comparisonSchema = z.strictObject({
  /** The telegram's statement (an order or an expectation). */
  statement: idSchema,
  /** The outcome events the reading rests on; their accounts carry the sources. */
  events: z.array(idSchema).min(1),
  verdict: verdictSchema,
  /** The difference, named in a sentence or two. */
  summary: z.string().min(20),
});

export const comparisonsFileSchema = z.strictObject({
  $comment: z.string().optional(),
  documentId: z.string().min(1),
  comparisons: z.array(comparisonSchema),
});

export type Verdict = z.infer<typeof verdictSchema>;
export type Comparison = z.infer<typeof comparisonSchema>;
