import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bibliographyEntrySchema, sourceRefSchema } from '../schema/bibliography-schema';
import { checkCitations, citationsIn, loadBibliography } from './bibliography';

const work = { id: 'fixture-work', type: 'webpage', title: 'A fixture', URL: 'https://example.org/fixture', custom: { grade: 'reference' } };

function bibliographyFile(items: unknown): string {
  const file = join(mkdtempSync(join(tmpdir(), 'bibliography-')), 'bibliography.json');
  writeFileSync(file, JSON.stringify(items));
  return file;
}

describe('bibliography entries', () => {
  const cases: { name: string; change: Record<string, unknown>; field: string; message: RegExp }[] = [
    { name: 'a javascript: address', change: { URL: 'javascript:alert(1)' }, field: 'URL', message: /http: or https:/ },
    { name: 'a data: address', change: { URL: 'data:text/html,<b>x</b>' }, field: 'URL', message: /http: or https:/ },
    { name: 'a bare IP address as the work\'s address', change: { URL: 'http://192.0.2.10/info/a-battle' }, field: 'URL', message: /bare IP/ },
    { name: 'a load-balancer host', change: { URL: 'http://example-loadbalancer-1.us-west-2.elb.amazonaws.com/x' }, field: 'URL', message: /copies of other sites/ },
    { name: 'a server port', change: { URL: 'http://the-uncensored-wiki.com:20072/i/n/c/Incheon.html' }, field: 'URL', message: /port/ },
    { name: 'an unknown grade', change: { custom: { grade: 'excellent' } }, field: 'custom.grade', message: /archival-primary/ },
    { name: 'no grade', change: { custom: {} }, field: 'custom.grade', message: /archival-primary/ },
    { name: 'a copy read at a bare IP address', change: { custom: { grade: 'reference', copiesRead: [{ url: 'http://192.0.2.10/info/x', note: 'mirror' }] } }, field: 'custom.copiesRead[0].url', message: /names a server, not a site/ },
    { name: 'a copy read at a load balancer', change: { custom: { grade: 'reference', copiesRead: [{ url: 'http://example-loadbalancer-1.us-west-2.elb.amazonaws.com/x' }] } }, field: 'custom.copiesRead[0].url', message: /load balancer/ },
    { name: 'a copy read with neither address nor note', change: { custom: { grade: 'reference', copiesRead: [{}] } }, field: 'custom.copiesRead[0]', message: /address or a note/ },
    { name: 'a copy read at a javascript: address', change: { custom: { grade: 'reference', copiesRead: [{ url: 'javascript:void 0' }] } }, field: 'custom.copiesRead[0].url', message: /http: or https:/ },
    { name: 'a misspelt CSL field', change: { containerTitle: 'Wikipedia' }, field: '(root)', message: /containerTitle/ },
    { name: 'a CSL type that does not exist', change: { type: 'website' }, field: 'type', message: /webpage/ },
  ];

  it.each(cases)('rejects $name, naming file, key and field', ({ change, field, message }) => {
    const file = bibliographyFile([{ ...work, ...change }]);
    expect(() => loadBibliography(file)).toThrowError(expect.objectContaining({ file, recordId: 'fixture-work', field, message: expect.stringMatching(message) }) as Error);
  });

  it('accepts a mirror or a proxy as the copy read, a copy described without its address, and an http: work address', () => {
    const entry = { ...work, URL: 'http://example.org/old', custom: { grade: 'forum-blog', copiesRead: [{ url: 'https://wiki.example.workers.dev/x', note: 'mirror' }, { note: 'a mirror served from a bare IP address' }] } };
    expect(bibliographyEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('rejects a duplicate key', () => {
    const file = bibliographyFile([work, work]);
    expect(() => loadBibliography(file)).toThrowError(/record "fixture-work": field "\[1\]\.id": duplicate bibliography key/);
  });
});

describe('source references', () => {
  it.each([
    [{ ref: 'fixture-work', supports: 'x' }, true],
    [{ ref: 'fixture-work', locator: 'p. 3', supports: 'x' }, true],
    [{ ref: 'fixture-work' }, false],
    [{ ref: 'Fixture Work', supports: 'x' }, false],
    [{ ref: 'fixture-work', supports: 'x', url: 'https://example.org' }, false],
  ])('%j valid: %s', (ref, valid) => {
    expect(sourceRefSchema.safeParse(ref).success).toBe(valid);
  });

  const place = { id: 'a-place', sources: [{ ref: 'fixture-work', supports: 'x' }], alternatives: [{ label: 'B', sources: [{ ref: 'other-work', locator: 'p. 1', supports: 'y' }] }] };

  it('finds every reference with its field path', () => {
    expect(citationsIn(place, 'places/a-place.json', 'a-place')).toEqual([
      { file: 'places/a-place.json', recordId: 'a-place', field: 'sources[0].ref', ref: 'fixture-work' },
      { file: 'places/a-place.json', recordId: 'a-place', field: 'alternatives[0].sources[0].ref', ref: 'other-work' },
    ]);
  });

  it('fails on an unknown key, naming file, record and field', () => {
    const entries = [bibliographyEntrySchema.parse(work)];
    expect(() => checkCitations(entries, 'bibliography.json', citationsIn(place, 'places/a-place.json', 'a-place'))).toThrowError(
      'places/a-place.json: record "a-place": field "alternatives[0].sources[0].ref": unknown bibliography key "other-work" (not in bibliography.json)',
    );
  });

  it('fails on an entry that nothing cites', () => {
    const entries = [bibliographyEntrySchema.parse(work), bibliographyEntrySchema.parse({ ...work, id: 'other-work' }), bibliographyEntrySchema.parse({ ...work, id: 'unused-work' })];
    expect(() => checkCitations(entries, 'bibliography.json', citationsIn(place, 'places/a-place.json', 'a-place'))).toThrowError(
      'bibliography.json: record "unused-work": field "id": no record in geo/ cites this entry; cite it or remove it',
    );
  });
});
