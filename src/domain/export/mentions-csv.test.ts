import { describe, expect, it } from 'vitest';
import { citedWorks } from '../../../geo/build/bibliography-export';
import { loadExportSources } from '../../../geo/build/exports';
import { sourceText } from '../bibliography';
import { findMentions } from '../mention-matcher';
import { exportCredits } from './credits';
import { parseCsv, UTF8_BOM } from './csv';
import { MENTION_COLUMNS, mentionsCsv } from './mentions-csv';

const { telegram, places, bibliography } = loadExportSources(new URL('../../../geo', import.meta.url).pathname);
const mentions = findMentions(telegram, places);
const credits = exportCredits(telegram.source, 'Basemap &amp; rivers: GSHHG');
const worksById = new Map(citedWorks(bibliography).map((work) => [work.id, work]));
const text = mentionsCsv(telegram, places, mentions, credits, worksById);
const [header, ...rows] = parseCsv(text);
const records = rows.map((row) => Object.fromEntries(MENTION_COLUMNS.map((column, index) => [column, row[index] ?? ''])));
const sentences = new Map(telegram.blocks.flatMap((block) => block.sentences.map((sentence) => [sentence.id, sentence.text] as const)));

describe('the mentions CSV', () => {
  it('is UTF-8 with a BOM, a header row, and one row per mention', () => {
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(header).toEqual([...MENTION_COLUMNS]);
    expect(mentions.length).toBeGreaterThan(40);
    expect(rows).toHaveLength(mentions.length);
    expect(rows.every((row) => row.length === MENTION_COLUMNS.length)).toBe(true);
  });

  it('quotes the whole sentence and the spelling exactly as the telegram writes them', () => {
    for (const record of records) {
      expect(record.quote).toBe(sentences.get(record.sentence_id ?? ''));
      expect(record.quote).toContain(record.spelling);
    }
    // Sentences with line breaks, quotation marks and commas survive the round trip.
    expect(records.some((record) => record.quote?.includes('\n'))).toBe(true);
    expect(records.find((record) => record.spelling === 'Jemulpo [Incheon]')?.place_id).toBe('incheon');
  });

  it('gives each place its coordinates (latitude in lat), confidence, first source and the Hangul name', () => {
    const seoul = records.find((record) => record.place_id === 'seoul');
    expect(Number(seoul?.lat)).toBeCloseTo(37.57, 1);
    expect(Number(seoul?.lon)).toBeCloseTo(126.98, 1);
    expect(seoul?.hangul).toBe('서울');
    for (const record of records) {
      const place = places.find((candidate) => candidate.id === record.place_id);
      expect(record.confidence).toBe(place?.confidence);
      // The first source as its formatted citation from the bibliography, never a bare key.
      const first = place?.sources[0];
      expect(record.source).toBe(first === undefined ? '' : sourceText(first, worksById));
      expect(record.source).toContain(worksById.get(first?.ref ?? '')?.citation ?? 'no citation');
      expect(record.citation).toBe(credits.citation);
    }
  });
});
