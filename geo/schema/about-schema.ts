import { z } from 'zod';

/**
 * "About this document" (geo/about/about.json) and its glossary (geo/about/glossary.json): the introduction a
 * first-time reader sees, as data. Every sentence of a factual paragraph cites the bibliography.
 */

const keySchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case');

/** The same shape as every other citation in geo/: bibliography key, where in the work, what it supports. */
export const aboutSourceSchema = z.strictObject({
  ref: keySchema,
  locator: z.string().min(1).optional(),
  supports: z.string().min(1),
});

/** Text may mark glossary terms as {{term-id|shown words}} or {{term-id}} (the term's own label is shown). */
export const aboutSentenceSchema = z.strictObject({
  text: z.string().min(1),
  sources: z.array(aboutSourceSchema).optional(),
});

/**
 * fact: history; every sentence needs a source. reasoning: this edition's reconstruction, shown as such
 * (sources optional, for its pieces). guide: how the app draws things, not a historical claim.
 */
export const paragraphKindSchema = z.enum(['fact', 'reasoning', 'guide']);

export const aboutParagraphSchema = z
  .strictObject({
    id: keySchema,
    kind: paragraphKindSchema,
    sentences: z.array(aboutSentenceSchema).min(1),
  })
  .superRefine((paragraph, ctx) => {
    if (paragraph.kind !== 'fact') return;
    paragraph.sentences.forEach((sentence, index) => {
      if ((sentence.sources ?? []).length === 0) {
        ctx.addIssue({ code: 'custom', path: ['sentences', index, 'sources'], message: 'a factual sentence needs at least one source (or mark the paragraph "reasoning" or "guide")' });
      }
    });
  });

export const aboutSectionSchema = z.strictObject({
  id: keySchema,
  heading: z.string().min(1),
  /** Steps of a worked example are shown as a numbered list. */
  numbered: z.boolean().optional(),
  paragraphs: z.array(aboutParagraphSchema).min(1),
});

export const aboutFileSchema = z.strictObject({
  $comment: z.string().optional(),
  /** The document this introduction belongs to (the telegram's data id). */
  document: keySchema,
  title: z.string().min(1),
  sections: z.array(aboutSectionSchema).min(1),
});

export const glossaryTermSchema = z.strictObject({
  id: keySchema,
  term: z.string().min(1),
  note: z.string().min(20, 'say what the term means, in a sentence or more'),
  sources: z.array(aboutSourceSchema).min(1, 'every glossary note needs at least one source'),
});

export const glossaryFileSchema = z.strictObject({
  $comment: z.string().optional(),
  terms: z.array(glossaryTermSchema).min(1),
});

export const workGradeSchema = z.enum(['archival-primary', 'official-history', 'scholarly', 'press', 'reference-work', 'forum-or-blog']);

const cslNameSchema = z.union([z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }), z.strictObject({ literal: z.string().min(1) })]);

/** Works the introduction needs that are not (yet) in geo/sources/bibliography.json: CSL-JSON plus grade and copy read. */
export const extraWorkSchema = z.strictObject({
  id: keySchema,
  type: z.string().min(1),
  title: z.string().min(1),
  'title-short': z.string().min(1).optional(),
  author: z.array(cslNameSchema).min(1).optional(),
  'container-title': z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  archive: z.string().min(1).optional(),
  archive_location: z.string().min(1).optional(),
  issued: z.strictObject({ 'date-parts': z.array(z.array(z.number().int()).min(1).max(3)).min(1).max(2) }).optional(),
  URL: z.url({ protocol: /^https?$/ }).optional(),
  language: z.string().min(2).optional(),
  note: z.string().min(1).optional(),
  grade: workGradeSchema,
  /** The copy actually read, when it is not the work's own address. */
  copyRead: z.url({ protocol: /^https?$/ }).optional(),
});

export const extraBibliographySchema = z.array(extraWorkSchema).min(1);

export type AboutSource = z.infer<typeof aboutSourceSchema>;
export type AboutFile = z.infer<typeof aboutFileSchema>;
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
export type WorkGrade = z.infer<typeof workGradeSchema>;
export type ExtraWork = z.infer<typeof extraWorkSchema>;
export type ParagraphKind = z.infer<typeof paragraphKindSchema>;

/** A source as the app shows it: resolved by `npm run data` to a short form of its work. */
export interface ShownSource extends AboutSource {
  /** "Mossman, Ebb and Flow" or the title alone. */
  short: string;
  grade: WorkGrade;
  url?: string;
}

/** public/data/about.json: the introduction with its sources resolved, and the glossary. */
export interface AboutData {
  document: string;
  title: string;
  sections: {
    id: string;
    heading: string;
    numbered: boolean;
    paragraphs: { id: string; kind: ParagraphKind; text: string; sources: ShownSource[] }[];
  }[];
  glossary: { id: string; term: string; note: string; sources: ShownSource[] }[];
}
