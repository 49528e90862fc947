import { describe, expect, it } from 'vitest';
import { ORDER_SENT, RECEIVED } from '../document-times';
import { TIMELINE_END } from '../time';
import { documentReference } from './document-reference';
import { formatAccessDate, formatViewCitation, type ViewCitationInput } from './view-citation';

const telegramSource = {
  title: 'Telegram, Mao Zedong to Filippov (Stalin) transmitting 4 January 1951 message from Peng Dehuai, Kim Son, and Pak Il-u to Kim Il Sung',
  date: '1951-01-08',
  archive: 'APRF, Fond 45, Opis 1, Delo 336, Listy 88-90',
  collection: 'Wilson Center Digital Archive',
  documentId: '111207',
  ref: 'wcda-111207',
  url: 'https://wilson-center.drivingcreative.com/document/111207',
  language: 'Russian original; English translation',
  citation:
    '"Telegram, Mao Zedong to Filippov (Stalin) transmitting 4 January 1951 message from Peng Dehuai, Kim Son, and Pak Il-u to Kim Il Sung", January 8, 1951, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 336, Listy 88-90',
};

const base: ViewCitationInput = {
  app: { title: 'The order of 4 January 1951, on the map', version: '0.1.0' },
  accessedOn: '2026-12-01',
  time: ORDER_SENT,
  writtenMidnights: new Set([ORDER_SENT]),
  card: null,
  permalink: 'http://127.0.0.1:4173/#date=1951-01-05T00:00&map=7.60/37.5500/127.6000',
  document: documentReference(telegramSource),
};

describe('documentReference', () => {
  it('cites the Digital Archive record at its canonical address, not the copy read', () => {
    expect(documentReference(telegramSource)).toEqual({ citation: telegramSource.citation, url: 'https://digitalarchive.wilsoncenter.org/document/111207' });
  });

  it('keeps the given address for a document from another archive', () => {
    const other = { ...telegramSource, collection: 'Another archive', documentId: 'f-1', url: 'https://archive.example/f-1' };
    expect(documentReference(other).url).toBe('https://archive.example/f-1');
  });
});

describe('formatViewCitation', () => {
  it('cites the app, the view, the permalink, the access date and the telegram', () => {
    expect(formatViewCitation(base)).toBe(
      'The order of 4 January 1951, on the map, version 0.1.0. View: map as of 4 January 1951, 24:00 (the order is sent). ' +
        'http://127.0.0.1:4173/#date=1951-01-05T00:00&map=7.60/37.5500/127.6000 (accessed 1 December 2026).\n' +
        'Source document: "Telegram, Mao Zedong to Filippov (Stalin) transmitting 4 January 1951 message from Peng Dehuai, Kim Son, and Pak Il-u to Kim Il Sung", ' +
        'January 8, 1951, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 336, Listy 88-90, https://digitalarchive.wilsoncenter.org/document/111207.',
    );
  });

  it('writes a midnight the telegram does not write as 24:00 as 00:00 of the next day, as the readout does', () => {
    expect(formatViewCitation({ ...base, time: TIMELINE_END })).toContain('View: map as of 9 January 1951, 00:00 (after the telegram reached Moscow).');
  });

  it.each<[ViewCitationInput['card'], string]>([
    [{ kind: 'place', title: 'Incheon' }, '; place: Incheon.'],
    [{ kind: 'statement', title: 'The 50th army pursues to Suwon ' }, '; statement: The 50th army pursues to Suwon.'],
    [{ kind: 'outcome', title: 'Suwon falls to Chinese forces' }, '; what happened: Suwon falls to Chinese forces.'],
    [{ kind: 'unit', title: '50th Army' }, '; unit: 50th Army.'],
  ])('names the open card %j', (card, expected) => {
    const text = formatViewCitation({ ...base, card, time: RECEIVED });
    expect(text).toContain(`View: map as of 8 January 1951, 02:40 (after the telegram reached Moscow)${expected}`);
  });

  it('never doubles a full stop after a citation that ends with one', () => {
    const text = formatViewCitation({ ...base, document: { citation: 'A letter, 1951.', url: 'https://archive.example/1.' } });
    expect(text.endsWith('https://archive.example/1.')).toBe(true);
  });
});

describe('formatAccessDate', () => {
  it.each([
    ['2026-12-01', '1 December 2026'],
    ['2027-01-31', '31 January 2027'],
    ['2028-02-29', '29 February 2028'],
  ])('%s -> %s', (iso, expected) => {
    expect(formatAccessDate(iso)).toBe(expected);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-00-10', '1 December 2026', '', '2026-12-1'])('refuses %j', (bad) => {
    expect(() => formatAccessDate(bad)).toThrow(/not a date/);
  });
});
