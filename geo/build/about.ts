import { join } from 'node:path';
import type { z } from 'zod';
import { parseTermMarkup, strayBraces } from '../../src/domain/term-markup';
import {
  aboutFileSchema,
  glossaryFileSchema,
  type AboutData,
  type AboutSource,
  type ShownSource,
  type WorkGrade,
} from '../schema/about-schema';
import { DataError, readJsonFile } from './validate';

/** A work the introduction may cite, in the short form the dialog shows. */
export interface KnownWork {
  id: string;
  short: string;
  grade: WorkGrade;
  url?: string;
}

// The project bibliography spells two grades shorter; both spellings mean the same grade.
const GRADE_ALIASES: Record<string, WorkGrade> = {
  'archival-primary': 'archival-primary',
  'official-history': 'official-history',
  scholarly: 'scholarly',
  press: 'press',
  'reference-work': 'reference-work',
  reference: 'reference-work',
  'forum-or-blog': 'forum-or-blog',
  'forum-blog': 'forum-or-blog',
};

type Json = Record<string, unknown>;

function firstAuthor(entry: Json): string | undefined {
  const author = (entry.author as Json[] | undefined)?.[0];
  const name = typeof author?.family === 'string' ? author.family : typeof author?.literal === 'string' ? author.literal : undefined;
  // "Wikipedia contributors" says nothing a reader can use; the encyclopedia's name does.
  return name === 'Wikipedia contributors' ? undefined : name;
}

/** "Mossman, Ebb and Flow"; "Wikipedia (English): Pang Ho-san"; the short title when the work has one. */
export function shortForm(entry: Json): string {
  const title = typeof entry['title-short'] === 'string' ? entry['title-short'] : String(entry.title);
  const author = firstAuthor(entry);
  if (author !== undefined) return `${author}, ${title}`;
  const container = typeof entry['container-title'] === 'string' ? entry['container-title'] : undefined;
  return container === undefined ? title : `${container}: ${title}`;
}

/** Reads CSL-JSON works (grade at `grade` or `custom.grade`), naming the file and entry when one has no usable grade. */
export function worksFrom(value: unknown, file: string): KnownWork[] {
  if (!Array.isArray(value)) throw new DataError(file, undefined, undefined, 'must be a CSL-JSON array');
  return value.map((item: unknown, index) => {
    const entry = (item ?? {}) as Json;
    const id = typeof entry.id === 'string' ? entry.id : `#${index}`;
    const rawGrade = entry.grade ?? (entry.custom as Json | undefined)?.grade;
    const grade = typeof rawGrade === 'string' ? GRADE_ALIASES[rawGrade] : undefined;
    if (grade === undefined) throw new DataError(file, id, `[${index}].grade`, `no known grade (${String(rawGrade)})`);
    if (typeof entry.title !== 'string') throw new DataError(file, id, `[${index}].title`, 'a work needs a title');
    return { id, short: shortForm(entry), grade, ...(typeof entry.URL === 'string' ? { url: entry.URL } : {}) };
  });
}

/** The works the introduction may cite: the project's one bibliography, geo/sources/bibliography.json. */
export function loadKnownWorks(geoDir: string): { works: Map<string, KnownWork>; files: string[] } {
  const bibliographyFile = join(geoDir, 'sources', 'bibliography.json');
  const works = new Map(worksFrom(readJsonFile(bibliographyFile), bibliographyFile).map((work) => [work.id, work]));
  return { works, files: [bibliographyFile] };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '') || '(root)';
}

/** The id of the innermost record (section, paragraph, term, work) the path runs through. */
function recordAt(value: unknown, path: readonly PropertyKey[]): string | undefined {
  let node: unknown = value;
  let id: string | undefined;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const nodeId = (node as { id?: unknown } | null)?.id;
    if (typeof nodeId === 'string') id = nodeId;
  }
  return id;
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  if (issue === undefined) throw new DataError(file, undefined, undefined, 'invalid');
  throw new DataError(file, recordAt(value, issue.path), formatPath(issue.path), issue.message);
}

interface Place {
  file: string;
  record: string;
  field: string;
}

function resolveSources(sources: readonly AboutSource[], works: ReadonlyMap<string, KnownWork>, at: Place, workFiles: readonly string[]): ShownSource[] {
  return sources.map((source, index) => {
    const work = works.get(source.ref);
    if (work === undefined) throw new DataError(at.file, at.record, `${at.field}[${index}].ref`, `unknown bibliography key "${source.ref}" (not in ${workFiles.join(' or ')})`);
    return { ...source, short: work.short, grade: work.grade, ...(work.url === undefined ? {} : { url: work.url }) };
  });
}

function checkMarks(text: string, termIds: ReadonlySet<string>, at: Place): void {
  if (strayBraces(text)) throw new DataError(at.file, at.record, at.field, 'braces that are not a glossary mark {{term-id|words}}');
  for (const piece of parseTermMarkup(text)) {
    if (piece.kind === 'term' && !termIds.has(piece.termId)) throw new DataError(at.file, at.record, at.field, `unknown glossary term "${piece.termId}"`);
  }
}

/** One source per work and locator under a paragraph, in the order the sentences cite them. */
function distinctSources(sources: readonly ShownSource[]): ShownSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = `${source.ref}\u0000${source.locator ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Validates geo/about/ (introduction, glossary, extra works) against the bibliography and returns what the app loads. */
export function loadAbout(geoDir: string): AboutData {
  const aboutFile = join(geoDir, 'about', 'about.json');
  const glossaryFile = join(geoDir, 'about', 'glossary.json');
  const about = parseOrThrow(aboutFileSchema, readJsonFile(aboutFile), aboutFile);
  const glossary = parseOrThrow(glossaryFileSchema, readJsonFile(glossaryFile), glossaryFile);
  const { works, files } = loadKnownWorks(geoDir);
  const termIds = new Set<string>();
  glossary.terms.forEach((term, index) => {
    if (termIds.has(term.id)) throw new DataError(glossaryFile, term.id, `terms[${index}].id`, 'duplicate term id');
    termIds.add(term.id);
  });
  const shownGlossary = glossary.terms.map((term, index) => {
    const at = { file: glossaryFile, record: term.id, field: `terms[${index}].note` };
    checkMarks(term.note, termIds, at);
    return { id: term.id, term: term.term, note: term.note, sources: resolveSources(term.sources, works, { ...at, field: `terms[${index}].sources` }, files) };
  });
  const sections = about.sections.map((section, s) => ({
    id: section.id,
    heading: section.heading,
    numbered: section.numbered === true,
    paragraphs: section.paragraphs.map((paragraph, p) => {
      const sources = paragraph.sentences.flatMap((sentence, n) => {
        const field = `sections[${s}].paragraphs[${p}].sentences[${n}]`;
        checkMarks(sentence.text, termIds, { file: aboutFile, record: paragraph.id, field: `${field}.text` });
        return resolveSources(sentence.sources ?? [], works, { file: aboutFile, record: paragraph.id, field: `${field}.sources` }, files);
      });
      return { id: paragraph.id, kind: paragraph.kind, text: paragraph.sentences.map((sentence) => sentence.text).join(' '), sources: distinctSources(sources) };
    }),
  }));
  return { document: about.document, title: about.title, sections, glossary: shownGlossary };
}
