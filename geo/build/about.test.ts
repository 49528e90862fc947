import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAbout, shortForm } from './about';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../about/${name}`, import.meta.url), 'utf8'));
const about = read('about.json') as { sections: { paragraphs: { id: string; kind: string; sentences: { text: string; sources?: unknown[] }[] }[] }[] };
const glossary = read('glossary.json') as { terms: { id: string; note: string; sources: { ref: string }[] }[] };
const projectBibliography = JSON.parse(readFileSync(new URL('../sources/bibliography.json', import.meta.url), 'utf8')) as unknown[];

/** A geo/ directory holding only the introduction's files, changed by `mutate`. */
function geoDirWith(mutate: (files: { about: typeof about; glossary: typeof glossary }) => void, bibliography: unknown = projectBibliography): string {
  const files = { about: structuredClone(about), glossary: structuredClone(glossary) };
  mutate(files);
  const dir = mkdtempSync(join(tmpdir(), 'geo-about-'));
  mkdirSync(join(dir, 'about'));
  writeFileSync(join(dir, 'about', 'about.json'), JSON.stringify(files.about));
  writeFileSync(join(dir, 'about', 'glossary.json'), JSON.stringify(files.glossary));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'bibliography.json'), JSON.stringify(bibliography));
  return dir;
}

function firstFact(files: { about: typeof about }) {
  const paragraph = files.about.sections[0]?.paragraphs[0];
  if (paragraph === undefined || paragraph.kind !== 'fact') throw new Error('fixture: the first paragraph should be factual');
  return paragraph;
}

describe('loadAbout', () => {
  it('accepts the shipped introduction and resolves every source to a work', () => {
    const data = loadAbout(geoDirWith(() => undefined));
    const sources = data.sections.flatMap((section) => section.paragraphs.flatMap((paragraph) => paragraph.sources));
    expect(sources.length).toBeGreaterThan(10);
    expect(sources.every((source) => source.short.length > 0)).toBe(true);
    expect(data.glossary.map((term) => term.id)).toContain('nrvs');
  });

  const broken: { name: string; mutate: Parameters<typeof geoDirWith>[0]; file: string; record: string; field: string; message: RegExp }[] = [
    {
      name: 'a source with an unknown bibliography key',
      mutate: (files) => {
        const sentence = firstFact(files).sentences[0];
        if (sentence) sentence.sources = [{ ref: 'no-such-work', supports: 'x' }];
      },
      file: 'about/about.json', record: 'telegram-what', field: 'sections[0].paragraphs[0].sentences[0].sources[0].ref', message: /unknown bibliography key "no-such-work"/,
    },
    {
      name: 'a factual sentence without sources',
      mutate: (files) => {
        const sentence = firstFact(files).sentences[1];
        if (sentence) delete sentence.sources;
      },
      file: 'about/about.json', record: 'telegram-what', field: 'sections[0].paragraphs[0].sentences[1].sources', message: /factual sentence needs at least one source/,
    },
    {
      name: 'a mark of a term the glossary does not have',
      mutate: (files) => {
        const sentence = firstFact(files).sentences[0];
        if (sentence) sentence.text = 'See {{kanji|kanji}}.';
      },
      file: 'about/about.json', record: 'telegram-what', field: 'sections[0].paragraphs[0].sentences[0].text', message: /unknown glossary term "kanji"/,
    },
    {
      name: 'a broken term mark',
      mutate: (files) => {
        const sentence = firstFact(files).sentences[0];
        if (sentence) sentence.text = 'See {{hanja|Hanja}.';
      },
      file: 'about/about.json', record: 'telegram-what', field: 'sections[0].paragraphs[0].sentences[0].text', message: /braces/,
    },
    {
      name: 'a glossary note without sources',
      mutate: (files) => {
        const term = files.glossary.terms[0];
        if (term) term.sources = [];
      },
      file: 'about/glossary.json', record: 'onyomi', field: 'terms[0].sources', message: /at least one source/,
    },
    {
      name: 'a glossary source with an unknown key',
      mutate: (files) => {
        const term = files.glossary.terms[1];
        if (term) term.sources = [{ ref: 'gone' }];
        if (term?.sources[0]) Object.assign(term.sources[0], { supports: 'x' });
      },
      file: 'about/glossary.json', record: 'japanese-reading', field: 'terms[1].sources[0].ref', message: /unknown bibliography key "gone"/,
    },
  ];

  it.each(broken)('rejects $name, naming file, record and field', ({ mutate, file, record, field, message }) => {
    const dir = geoDirWith(mutate);
    const path = join(dir, file);
    expect(() => loadAbout(dir)).toThrowError(expect.objectContaining({ file: path, recordId: record, field, message: expect.stringMatching(message) }) as Error);
  });

  it('cites works of the project bibliography (either grade spelling)', () => {
    const work = { id: 'project-work', type: 'book', title: 'A Work', author: [{ family: 'Author' }], custom: { grade: 'forum-blog' } };
    const citing = (files: { about: typeof about }): void => {
      firstFact(files).sentences[0]?.sources?.push({ ref: 'project-work', supports: 'y' });
    };
    const data = loadAbout(geoDirWith(citing, [...projectBibliography, work]));
    expect(data.sections[0]?.paragraphs[0]?.sources).toContainEqual(expect.objectContaining({ ref: 'project-work', short: 'Author, A Work', grade: 'forum-or-blog' }));
  });
});

describe('shortForm', () => {
  it.each([
    ['author and title', { title: 'Ebb and Flow', author: [{ family: 'Mossman', given: 'Billy C.' }] }, 'Mossman, Ebb and Flow'],
    ['Wikipedia: the encyclopedia, not "contributors"', { title: 'Pang Ho-san', author: [{ literal: 'Wikipedia contributors' }], 'container-title': 'Wikipedia (English)' }, 'Wikipedia (English): Pang Ho-san'],
    ['a short title wins', { title: 'A very long title', 'title-short': 'Short', 'container-title': 'Archive' }, 'Archive: Short'],
    ['title alone', { title: 'Only a title' }, 'Only a title'],
  ])('%s', (_name, entry, expected) => {
    expect(shortForm(entry)).toBe(expected);
  });
});
