import { z } from 'zod';
import { GRADES } from './grades';

/**
 * The project's one bibliography, geo/sources/bibliography.json: CSL-JSON (the format Zotero, Pandoc and
 * citation.js read), one item per work. Only the CSL variables this project uses are allowed, so a misspelt
 * field fails the data build instead of vanishing from every export. Project fields live under `custom`,
 * the CSL-JSON extension point.
 */

export const gradeSchema = z.enum(GRADES);

const IPV4_HOST = /^\d{1,3}(\.\d{1,3}){3}$/;
/** Hosts that are copies of someone else's pages: allowed as the copy read, never as a work's address. */
const NOT_A_PUBLISHER_HOST = /(^|\.)(elb\.amazonaws\.com|workers\.dev|pages\.dev|gtool\.pro|zproxy\.org)$/;
/** Hosts that name a server behind a site, not a site: not even a copy's address. */
const LOAD_BALANCER_HOST = /(^|\.)elb\.amazonaws\.com$/;

/** Only web addresses a reader can follow: https: or http: (never javascript:, data:, file:). */
export const webUrlSchema = z.url({ protocol: /^https?$/, error: 'an http: or https: address' });

/** A work's own address: the publisher's or the original site's, never a bare IP, a proxy or a load balancer. */
export const canonicalUrlSchema = webUrlSchema.superRefine((value, ctx) => {
  const url = new URL(value);
  const host = url.hostname.replace(/\.$/, '');
  if (IPV4_HOST.test(host) || host.startsWith('[')) ctx.addIssue({ code: 'custom', message: `a bare IP address (${host}) is not a work's address; record it as the copy read` });
  else if (NOT_A_PUBLISHER_HOST.test(host)) ctx.addIssue({ code: 'custom', message: `${host} serves copies of other sites; give the original address and record this one as the copy read` });
  else if (url.port !== '') ctx.addIssue({ code: 'custom', message: `an address with a port (${url.host}) is a server, not a publisher; record it as the copy read` });
  else if (url.hostname.endsWith('.')) ctx.addIssue({ code: 'custom', message: 'write the host without a trailing dot' });
});

const cslNameSchema = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1).optional() }),
  z.strictObject({ literal: z.string().min(1) }),
]);

const cslDateSchema = z.union([
  z.strictObject({ 'date-parts': z.array(z.tuple([z.number().int()]).or(z.tuple([z.number().int(), z.number().int().min(1).max(12)])).or(z.tuple([z.number().int(), z.number().int().min(1).max(12), z.number().int().min(1).max(31)]))).min(1).max(2) }),
  z.strictObject({ literal: z.string().min(1) }),
]);

/**
 * Where a copy was read, when it has an address a reader could follow: a mirror or a proxy may stand here, but not a
 * bare IP address or a load balancer, which name a server rather than a site (such a copy is described in its note).
 */
export const copyUrlSchema = webUrlSchema.superRefine((value, ctx) => {
  const host = new URL(value).hostname.replace(/\.$/, '');
  if (IPV4_HOST.test(host) || host.startsWith('[')) ctx.addIssue({ code: 'custom', message: `a bare IP address (${host}) names a server, not a site; describe the copy in its note instead` });
  else if (LOAD_BALANCER_HOST.test(host)) ctx.addIssue({ code: 'custom', message: `${host} is a load balancer, not a site; describe the copy in its note instead` });
});

export const copyReadSchema = z
  .strictObject({
    url: copyUrlSchema.optional(),
    /** What the copy is: "machine translation into German", "Kiwix dump of 2024-01". */
    note: z.string().min(1).optional(),
  })
  .refine((copy) => copy.url !== undefined || copy.note !== undefined, 'a copy read needs its address or a note saying what it was');

export const bibliographyEntrySchema = z.strictObject({
  /** The citation key the data cites: kebab-case, stable. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case key such as mossman-1990-ebb-and-flow'),
  type: z.enum(['book', 'chapter', 'article-journal', 'article-magazine', 'article-newspaper', 'entry-encyclopedia', 'entry-dictionary', 'webpage', 'post', 'post-weblog', 'manuscript', 'document', 'report', 'map']),
  title: z.string().min(1),
  'title-short': z.string().min(1).optional(),
  'original-title': z.string().min(1).optional(),
  author: z.array(cslNameSchema).min(1).optional(),
  editor: z.array(cslNameSchema).min(1).optional(),
  'container-title': z.string().min(1).optional(),
  'collection-title': z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  'publisher-place': z.string().min(1).optional(),
  archive: z.string().min(1).optional(),
  archive_location: z.string().min(1).optional(),
  number: z.string().min(1).optional(),
  volume: z.string().min(1).optional(),
  page: z.string().min(1).optional(),
  edition: z.string().min(1).optional(),
  ISBN: z.string().min(1).optional(),
  issued: cslDateSchema.optional(),
  accessed: cslDateSchema.optional(),
  URL: canonicalUrlSchema.optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 tag').optional(),
  /** Free text for readers: what the work is, and "read in a copy at ..." when it was read in a copy. */
  note: z.string().min(1).optional(),
  custom: z.strictObject({
    grade: gradeSchema,
    /** Copies actually read (mirrors, translations, scans), kept apart from the work's own address. */
    copiesRead: z.array(copyReadSchema).min(1).optional(),
    /** A second address of the work itself (e.g. the address printed with the copy as received). */
    alsoAt: z.array(webUrlSchema).min(1).optional(),
  }),
});

export const bibliographyFileSchema = z.array(bibliographyEntrySchema).min(1);

/** How geo/ data cites a work: the key, where in it, and what exactly it supports. */
export const sourceRefSchema = z.strictObject({
  ref: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a bibliography key (geo/sources/bibliography.json)'),
  /** Page, chapter, section, paragraph or table. */
  locator: z.string().min(1).optional(),
  supports: z.string().min(1),
});

export type BibliographyEntry = z.infer<typeof bibliographyEntrySchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
