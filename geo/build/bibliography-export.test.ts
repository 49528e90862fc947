import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibliographyEntrySchema } from '../schema/bibliography-schema';
import { loadBibliography } from './bibliography';
import { bibliographyBibtex, bibliographyCslJson, citedWorks, formatCitation } from './bibliography-export';

const entries = loadBibliography(join(new URL('..', import.meta.url).pathname, 'sources', 'bibliography.json'));

describe('the bibliography exports', { timeout: 30_000 }, () => {
  it('writes CSL-JSON that parses back to the same entries, grades and copies read included', () => {
    const parsed = (JSON.parse(bibliographyCslJson(entries)) as unknown[]).map((item) => bibliographyEntrySchema.parse(item));
    expect(parsed.map((entry) => entry.id)).toEqual(entries.map((entry) => entry.id));
    expect(parsed.map((entry) => entry.URL)).toEqual(entries.map((entry) => entry.URL));
    expect(parsed.map((entry) => entry.custom)).toEqual(entries.map((entry) => entry.custom));
  });

  it('writes BibTeX that citation.js reads back: one record per work, under the bibliography key, with its own address', () => {
    const records = new Cite(bibliographyBibtex(entries)).data as { id: string; 'citation-key'?: string; title?: string; URL?: string }[];
    expect(records.map((record) => record['citation-key'] ?? record.id)).toEqual(entries.map((entry) => entry.id));
    const byKey = new Map(records.map((record) => [record['citation-key'] ?? record.id, record]));
    for (const entry of entries) {
      expect(byKey.get(entry.id)?.URL, entry.id).toBe(entry.URL);
      // BibTeX braces protect capitals; the words survive.
      expect(byKey.get(entry.id)?.title?.replace(/[{}]/g, ''), entry.id).toBe(entry.title.replace(/–/g, '--').replace(/--/g, '–'));
    }
  });
});

// The first formatting loads the CSL engine, which takes seconds on a busy machine.
describe('the citations the cards show', { timeout: 30_000 }, () => {
  it.each([
    ['mossman-1990-ebb-and-flow', /^Mossman, B\. C\. \(1990\)\. Ebb and Flow, November 1950.July 1951\. Center of Military History, United States Army\.$/],
    ['wcda-111207', /Wilson Center Digital Archive.*Fond 45, Opis 1, Delo 336, Listy 88-90/],
  ])('formats %s from its CSL-JSON, without the address (the card links it)', (id, expected) => {
    const entry = entries.find((candidate) => candidate.id === id);
    if (entry === undefined) throw new Error(`no entry ${id}`);
    expect(formatCitation(entry)).toMatch(expected);
    expect(formatCitation(entry)).not.toMatch(/https?:/);
  });

  it('never gives a card a mirror, proxy or bare IP as a work\'s address', () => {
    for (const work of citedWorks(entries)) expect(work.url ?? 'https://none', work.id).not.toMatch(/\/\/\d+\.\d+\.\d+\.\d+|elb\.amazonaws|zproxy|gtool|workers\.dev|pages\.dev|wiki7|zxc\.wiki|:\d+\//);
  });
});
