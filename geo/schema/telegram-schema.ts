import { z } from 'zod';
import { canonicalUrlSchema, sourceRefSchema, webUrlSchema } from './bibliography-schema';
import { alternativeSchema, confidenceSchema } from './place-schema';

/** Sentence ids are stored in the data, never derived from position, so editing one sentence leaves the others' ids alone. */
export const sentenceIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and hyphens, starting with a letter');

export const sentenceSchema = z.strictObject({
  id: sentenceIdSchema,
  text: z.string().min(1),
});

export const blockSchema = z.strictObject({
  id: z.string().min(1),
  /** archive: the Wilson Center's catalogue record; cover: Mao's covering telegram; order: the quoted order of 4 January. */
  part: z.enum(['archive', 'cover', 'order']),
  role: z.enum(['dateline', 'title', 'citation', 'summary', 'metadata', 'heading', 'addressee', 'paragraph', 'closing', 'signature']),
  /** Paragraph number or letter as printed ("1.", "a)"). */
  label: z.string().optional(),
  /** The catalogue's field name ("Citation:"). */
  heading: z.string().optional(),
  sentences: z.array(sentenceSchema).min(1),
});

/**
 * One mention identified on its own, where the document's spelling alone does not settle it: the spelling serves
 * two places ("Gimpo": the county or the airfield), or this mention is less certain than its place's record
 * ("Suien" for Suwon), or it has candidates of its own ("Iokhei"). Like an annotation, it names its place.
 */
export const mentionIdentificationSchema = z.strictObject({
  sentenceId: sentenceIdSchema,
  /** The spelling exactly as the sentence writes it. */
  spelling: z.string().min(1),
  /** Which occurrence of the spelling in the sentence (1 = first), when it occurs more than once. */
  occurrence: z.number().int().min(1).optional(),
  place: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a place id'),
  confidence: confidenceSchema.optional(),
  rationale: z.string().min(1).optional(),
  sources: z.array(sourceRefSchema).min(1).optional(),
  alternatives: z.array(alternativeSchema).min(1).optional(),
});

export const telegramSchema = z.strictObject({
  $comment: z.string().optional(),
  source: z.strictObject({
    title: z.string(),
    date: z.iso.date(),
    archive: z.string(),
    collection: z.string(),
    documentId: z.string(),
    /** The document's entry in geo/sources/bibliography.json. */
    ref: z.string().min(1),
    /** The archive's own address for the document. */
    url: canonicalUrlSchema,
    /** The address printed in the copy as received (kept as a second link). */
    receivedUrl: webUrlSchema.optional(),
    language: z.string(),
    citation: z.string(),
  }),
  blocks: z.array(blockSchema).min(1),
  /** Mentions that name their own place (see mentionIdentificationSchema); all others follow the gazetteer's spellings. */
  mentions: z.array(mentionIdentificationSchema).optional(),
});

export type Sentence = z.infer<typeof sentenceSchema>;
export type Block = z.infer<typeof blockSchema>;
export type Telegram = z.infer<typeof telegramSchema>;
export type MentionIdentification = z.infer<typeof mentionIdentificationSchema>;
