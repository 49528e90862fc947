import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { APP_TITLE, APP_VERSION } from './app-identity';

// The fields of CFF 1.2.0 (https://citation-file-format.github.io/1.2.0/schema): the root, a reference, a person
// and an entity allow only these keys; `required` lists what each must have.
const ROOT_KEYS = ['abstract', 'authors', 'cff-version', 'commit', 'contact', 'date-released', 'doi', 'identifiers', 'keywords', 'license', 'license-url', 'message', 'preferred-citation', 'references', 'repository', 'repository-artifact', 'repository-code', 'title', 'type', 'url', 'version'];
const ROOT_REQUIRED = ['authors', 'cff-version', 'message', 'title'];
const REFERENCE_REQUIRED = ['authors', 'title', 'type'];
const REFERENCE_TYPES = ['art', 'article', 'audiovisual', 'bill', 'blog', 'book', 'catalogue', 'conference-paper', 'conference', 'data', 'database', 'dictionary', 'edited-work', 'encyclopedia', 'film-broadcast', 'generic', 'government-document', 'grant', 'hearing', 'historical-work', 'legal-case', 'legal-rule', 'magazine-article', 'manual', 'map', 'multimedia', 'music', 'newspaper-article', 'pamphlet', 'patent', 'personal-communication', 'proceedings', 'report', 'serial', 'slides', 'software-code', 'software-container', 'software-executable', 'software-virtual-machine', 'software', 'sound-recording', 'standard', 'statute', 'thesis', 'unpublished', 'video', 'website'];
const PERSON_KEYS = ['address', 'affiliation', 'alias', 'city', 'country', 'email', 'family-names', 'fax', 'given-names', 'name-particle', 'name-suffix', 'orcid', 'post-code', 'region', 'tel', 'website'];
const ENTITY_KEYS = ['address', 'alias', 'city', 'country', 'date-end', 'date-start', 'email', 'fax', 'location', 'name', 'orcid', 'post-code', 'region', 'tel', 'website'];
const URL_PATTERN = /^(https|http|ftp|sftp):\/\/.+/;

type Yaml = Record<string, unknown>;

const file = fileURLToPath(new URL('../../../CITATION.cff', import.meta.url));
const cff = parse(readFileSync(file, 'utf8')) as Yaml;

function isRecord(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Problems with one author: a person (family-names or given-names) or an entity (name), with known keys only. */
function authorProblems(author: unknown, where: string): string[] {
  if (!isRecord(author)) return [`${where}: not a mapping`];
  const keys = Object.keys(author);
  const isEntity = 'name' in author;
  const allowed = isEntity ? ENTITY_KEYS : PERSON_KEYS;
  const problems = keys.filter((key) => !allowed.includes(key)).map((key) => `${where}: unknown key "${key}"`);
  if (!isEntity && !('family-names' in author) && !('given-names' in author)) problems.push(`${where}: a person needs family-names or given-names`);
  for (const key of keys) if (typeof author[key] !== 'string' || author[key] === '') problems.push(`${where}: "${key}" must be a non-empty string`);
  return problems;
}

function authorsProblems(authors: unknown, where: string): string[] {
  if (!Array.isArray(authors) || authors.length === 0) return [`${where}: needs at least one author`];
  return authors.flatMap((author, index) => authorProblems(author, `${where}[${index}]`));
}

describe('CITATION.cff', () => {
  it('has the fields CFF 1.2.0 requires, and no field it does not know', () => {
    expect(ROOT_REQUIRED.filter((key) => !(key in cff))).toEqual([]);
    expect(Object.keys(cff).filter((key) => !ROOT_KEYS.includes(key))).toEqual([]);
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff.message === 'string' && cff.message.length > 0).toBe(true);
    expect(['software', 'dataset']).toContain(cff.type);
    expect(authorsProblems(cff.authors, 'authors')).toEqual([]);
  });

  it('names the app as the app names itself, at the version package.json gives', () => {
    expect(cff.title).toBe(APP_TITLE);
    expect(String(cff.version)).toBe(APP_VERSION);
    expect(cff.license).toBe('MIT');
  });

  it('has well-formed references, the telegram first at its canonical address', () => {
    const references = cff.references;
    expect(Array.isArray(references)).toBe(true);
    const problems = (references as unknown[]).flatMap((reference, index) => {
      const where = `references[${index}]`;
      if (!isRecord(reference)) return [`${where}: not a mapping`];
      const found = REFERENCE_REQUIRED.filter((key) => !(key in reference)).map((key) => `${where}: missing "${key}"`);
      if (!REFERENCE_TYPES.includes(String(reference.type))) found.push(`${where}: unknown type "${String(reference.type)}"`);
      if ('url' in reference && !URL_PATTERN.test(String(reference.url))) found.push(`${where}: url is not a URL`);
      for (const key of ['year', 'month', 'volume', 'start', 'end']) if (key in reference && !Number.isInteger(reference[key])) found.push(`${where}: "${key}" must be an integer`);
      if ('publisher' in reference && !(isRecord(reference.publisher) && typeof reference.publisher.name === 'string')) found.push(`${where}: publisher must be an entity with a name`);
      return [...found, ...authorsProblems(reference.authors, `${where}.authors`)];
    });
    expect(problems).toEqual([]);
    const [telegram] = references as Yaml[];
    expect(telegram?.type).toBe('historical-work');
    expect(telegram?.url).toBe('https://digitalarchive.wilsoncenter.org/document/111207');
  });

  it('claims no identifier it does not have (no DOI, no ORCID anywhere)', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/^\s*(-\s*)?(doi|orcid|identifiers):/m);
  });
});
