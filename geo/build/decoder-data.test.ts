import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDecoderData } from './decoder-data';

const decoderDir = fileURLToPath(new URL('../decoder/', import.meta.url));
const villagesFile = JSON.parse(readFileSync(join(decoderDir, 'villages.json'), 'utf8')) as { about: string; villages: Record<string, unknown>[] };

function dirWith(villages: Record<string, unknown>[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'decoder-'));
  mkdirSync(join(dir, 'out'));
  copyFileSync(join(decoderDir, 'out', 'decoder-data.json'), join(dir, 'out', 'decoder-data.json'));
  writeFileSync(join(dir, 'villages.json'), JSON.stringify({ ...villagesFile, villages }));
  return dir;
}

describe('loadDecoderData', () => {
  it('accepts the committed village list and decoder data', () => {
    expect(loadDecoderData(decoderDir).places.length).toBeGreaterThan(0);
  });

  const first = villagesFile.villages[0] ?? {};
  it.each([
    { name: 'a coordinate without its source', change: { coordinate: null }, field: 'coordinate', message: /given together/ },
    { name: 'Hangul in the Hanja field', change: { hanja: '흑석리' }, field: 'hanja', message: /Hanja only/ },
    { name: 'a village with no source', change: { sources: [] }, field: 'sources', message: /1/ },
    { name: 'Hangul that does not match the Hanja', change: { hangul: '흑석' }, field: 'hangul', message: /one Hangul syllable per Hanja/ },
  ])('rejects $name, naming file, record and field', ({ change, field, message }) => {
    const dir = dirWith([{ ...first, ...change }]);
    expect(() => loadDecoderData(dir)).toThrowError(new RegExp(`villages.json: record "${String(first.id)}": field "villages\\[0\\]\\.${field}": .*${message.source}`));
  });

  it('rejects a village list that the built data does not contain yet', () => {
    const dir = dirWith([...villagesFile.villages, { ...first, id: 'new-village' }]);
    expect(() => loadDecoderData(dir)).toThrowError(/record "village:new-village": field "places": missing: rebuild/);
  });
});
