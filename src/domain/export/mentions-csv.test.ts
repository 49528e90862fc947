import { describe, expect, it } from 'vitest';
import { citedWorks } from '../../../geo/build/bibliography-export';
import { loadExportSources } from '../../../geo/build/exports';
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
      expect(record.sentence_text).toBe(sentences.get(record.sentence_id ?? ''));
      expect(record.sentence_text).toContain(record.spelling_in_text);
    }
    // Sentences with line breaks, quotation marks and commas survive the round trip.
    expect(records.some((record) => record.sentence_text?.includes('\n'))).toBe(true);
    expect(records.find((record) => record.spelling_in_text === 'Jemulpo [Incheon]')?.place_id).toBe('incheon');
  });

  it('gives each place its coordinates (latitude in lat), confidence, the sources of its coordinates and the Hangul name', () => {
    const seoul = records.find((record) => record.place_id === 'seoul');
    expect(Number(seoul?.lat)).toBeCloseTo(37.57, 1);
    expect(Number(seoul?.lon)).toBeCloseTo(126.98, 1);
    expect(seoul?.modern_name_hangul).toBe('서울');
    expect(seoul?.coordinate_kind).toBe('point');
    expect(seoul?.coordinate_sources).toContain('Third Battle of Seoul');
    expect(seoul?.coordinate_sources).not.toContain('Mao Zedong');
    for (const record of records) {
      const place = places.find((candidate) => candidate.id === record.place_id);
      expect(record.identification_confidence).toBe(place?.confidence);
      expect(record.document_citation).toBe(credits.citation);
      // The coordinates' sources as formatted citations from the bibliography, never a bare key.
      expect(String(record.coordinate_sources ?? '')).not.toMatch(/(^|\| )[a-z0-9]+(-[a-z0-9]+)+($| \|)/);
    }
  });

  it('leaves lat/lon empty for unidentified places and gives their area as WKT instead', () => {
    const unidentified = records.filter((record) => record.identification_confidence === 'unidentified');
    expect(unidentified.length).toBeGreaterThan(3);
    for (const record of unidentified) {
      expect([record.lat, record.lon, record.coordinate_kind]).toEqual(['', '', '']);
      expect(record.area_wkt).toMatch(/^POLYGON \(\(12\d\.\d+ 3\d\.\d+, /);
    }
    const kando = records.find((record) => record.place_id === 'kando');
    expect(kando?.area_wkt).toBe('POLYGON ((126.8623 37.5159, 126.9647 37.5159, 126.9647 37.5823, 126.8623 37.5823, 126.8623 37.5159))');
    expect(records.filter((record) => record.identification_confidence !== 'unidentified').every((record) => record.lat !== '' && record.area_wkt === '')).toBe(true);
  });
});
