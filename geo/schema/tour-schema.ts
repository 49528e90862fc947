import { z } from 'zod';
import { sentenceIdSchema } from './telegram-schema';

const idSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');
/** A moment on the document clock, as the timeline reads it (24:00 ends a day). */
const momentSchema = z.string().regex(/^1951-01-0[3-8]T\d{2}:\d{2}$/, 'a moment on the timeline such as 1951-01-04T24:00');

export const chapterSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(1),
  /** Two or three sentences; they retell the sentences below (or, for the outcome, the events listed). */
  caption: z.string().min(20),
  /** The sentences of the document the chapter reads; highlighted in the text. */
  sentenceIds: z.array(sentenceIdSchema).min(1),
  /** Where the timeline stands for this chapter, and why that moment. */
  time: momentSchema,
  timeNote: z.string().min(1),
  /** The places the map frames. */
  frame: z.array(idSchema).min(1),
  /** Outcome events the chapter tells of; they turn the "what happened" layer on. */
  outcomeEvents: z.array(idSchema).optional(),
});

export const tourFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The document the tour reads (its Wilson Center document id, as in telegram.json). */
  documentId: z.string().min(1),
  chapters: z.array(chapterSchema).min(1),
});

export type Chapter = z.infer<typeof chapterSchema>;
export type Tour = z.infer<typeof tourFileSchema>;
