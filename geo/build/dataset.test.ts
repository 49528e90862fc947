import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkMentions, loadPlaces, loadTelegram } from './dataset';

const validPlace = JSON.parse(readFileSync(new URL('fixtures/valid-place.json', import.meta.url), 'utf8')) as Record<string, unknown>;

function placesDirWith(fileName: string, content: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'places-'));
  writeFileSync(join(dir, fileName), content);
  return dir;
}

describe('loadPlaces', () => {
  it('accepts a well-formed record', () => {
    const dir = placesDirWith('fixture-town.json', JSON.stringify(validPlace));
    expect(loadPlaces(dir).map((place) => place.id)).toEqual(['fixture-town']);
  });

  const broken: { name: string; change: Record<string, unknown>; field: string; message: RegExp }[] = [
    { name: 'a coordinate that is not a number', change: { geometry: { type: 'Point', coordinates: ['127', 37.5] } }, field: 'geometry.coordinates[0]', message: /number/ },
    { name: 'latitude and longitude swapped out of range', change: { geometry: { type: 'Point', coordinates: [127, 370] } }, field: 'geometry.coordinates[1]', message: /90/ },
    { name: 'no source', change: { sources: [] }, field: 'sources', message: /at least one source/ },
    { name: 'an unknown confidence', change: { confidence: 'certain' }, field: 'confidence', message: /high/ },
    { name: 'a medium identification without alternatives', change: { confidence: 'medium' }, field: 'alternatives', message: /alternatives/ },
    { name: 'an unidentified place drawn as a point', change: { confidence: 'unidentified' }, field: 'geometry', message: /Polygon/ },
    { name: 'no spelling from the telegram', change: { variants: [{ toponym: 'Fixture', lang: 'en' }] }, field: 'variants', message: /inTelegram/ },
    { name: 'a malformed language tag', change: { variants: [{ toponym: 'Fikstura', lang: 'Russian', inTelegram: true }] }, field: 'variants[0].lang', message: /BCP 47/ },
    { name: 'an id that differs from the file name', change: { id: 'other-town' }, field: 'id', message: /file name/ },
  ];

  it.each(broken)('rejects $name, naming file, record and field', ({ change, field, message }) => {
    const dir = placesDirWith('fixture-town.json', JSON.stringify({ ...validPlace, ...change }));
    const file = join(dir, 'fixture-town.json');
    expect(() => loadPlaces(dir)).toThrowError(expect.objectContaining({ file, field, message: expect.stringMatching(message) }) as Error);
    expect(() => loadPlaces(dir)).toThrowError(new RegExp(`^${file}: record "(fixture-town|other-town)": field "${field.replace(/[[\]]/g, '\\$&')}": `));
  });

  it('fails, naming the sentence, on a spelling two places share that a mention leaves unidentified', () => {
    const telegram = loadTelegram(new URL('../telegram/telegram.json', import.meta.url).pathname);
    const places = loadPlaces(new URL('../places', import.meta.url).pathname);
    const seoul = places.find((place) => place.id === 'seoul');
    if (seoul === undefined) throw new Error('no seoul record');
    const rival = { ...seoul, id: 'rival-seoul' };
    expect(() => checkMentions(telegram, [...places, rival], 'telegram.json')).toThrowError(/^telegram\.json: record "[a-z0-9-]+": field "text": "Seoul" is a spelling of seoul and rival-seoul: identify this mention/);
  });

  it('names the file when it is not JSON at all', () => {
    const dir = placesDirWith('fixture-town.json', '{ "id": "fixture-town", ');
    expect(() => loadPlaces(dir)).toThrowError(new RegExp(`${join(dir, 'fixture-town.json')}: not valid JSON`));
  });
});

describe('loadTelegram', () => {
  const telegram = JSON.parse(readFileSync(new URL('../telegram/telegram.json', import.meta.url), 'utf8')) as { blocks: { id: string; sentences: { id: string; text: string }[] }[] };

  function telegramFileWith(mutate: (copy: typeof telegram) => void): string {
    const copy = structuredClone(telegram);
    mutate(copy);
    const dir = mkdtempSync(join(tmpdir(), 'telegram-'));
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'telegram.json');
    writeFileSync(file, JSON.stringify(copy));
    return file;
  }

  it('names the block and field of an empty sentence', () => {
    const file = telegramFileWith((copy) => {
      const sentence = copy.blocks[3]?.sentences[0];
      if (sentence) sentence.text = '';
    });
    const blockId = telegram.blocks[3]?.id ?? '';
    expect(() => loadTelegram(file)).toThrowError(`${file}: record "${blockId}": field "blocks[3].sentences[0].text"`);
  });

  it('rejects a duplicated sentence id', () => {
    const file = telegramFileWith((copy) => {
      const first = copy.blocks[0]?.sentences[0];
      const second = copy.blocks[1]?.sentences[0];
      if (first && second) second.id = first.id;
    });
    expect(() => loadTelegram(file)).toThrowError(/duplicate sentence id/);
  });
});

// Spawns the real command, which loads citation.js and zod: seconds on a shared machine.
describe('npm run data', { timeout: 30_000 }, () => {
  it('exits non-zero and prints file, record and field for a broken place', () => {
    const geoDir = mkdtempSync(join(tmpdir(), 'geo-'));
    mkdirSync(join(geoDir, 'telegram'));
    mkdirSync(join(geoDir, 'places'));
    writeFileSync(join(geoDir, 'telegram', 'telegram.json'), readFileSync(new URL('../telegram/telegram.json', import.meta.url)));
    writeFileSync(join(geoDir, 'places', 'fixture-town.json'), JSON.stringify({ ...validPlace, confidence: 'sure' }));
    const result = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('build-data.ts', import.meta.url))], {
      env: { ...process.env, GEO_DIR: geoDir, DATA_OUT_DIR: join(geoDir, 'out') },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(geoDir, 'places', 'fixture-town.json')}: record "fixture-town": field "confidence"`);
  });
});
