/**
 * Regenerates public/glyphs/<font>/<start>-<end>.pbf, the SDF glyphs MapLibre draws labels with, so the map
 * needs no font from the reader's system or the network. Run after changing any label text:
 *   apt-get install -y fonts-nanum && npx tsx geo/glyphs/build-glyphs.ts
 * Font: NanumBarunGothic (Naver, SIL Open Font License 1.1), from Debian's fonts-nanum. Latin ranges are shipped
 * whole; for Hangul and Hanja only the characters the labels use are kept (a Hangul range is ~190 kB whole).
 * A unit test (glyphs.test.ts) fails when a label uses a character these files lack.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataset } from '../build/dataset';
import { otherMapLabels } from './other-labels';
import { decodeGlyphs, encodeGlyphs } from './glyph-pbf';
import { LABEL_FONT } from '../../src/shared/label-font';
import { labelCharacters, rangeStart, WHOLE_RANGES } from './label-text';

const FONT_FILE = process.env.LABEL_FONT_FILE ?? '/usr/share/fonts/truetype/nanum/NanumBarunGothic.ttf';
const repoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = join(repoDir, 'public', 'glyphs', LABEL_FONT);

interface Fontnik {
  range(options: { font: Buffer; start: number; end: number }, callback: (error: Error | null, data: Buffer) => void): void;
}
const fontnik = createRequire(import.meta.url)('fontnik') as Fontnik;

function renderRange(font: Buffer, start: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    fontnik.range({ font, start, end: start + 255 }, (error, data) => (error ? reject(error) : resolvePromise(new Uint8Array(data))));
  });
}

const font = readFileSync(FONT_FILE);
const dataset = loadDataset(join(repoDir, 'geo'));
const wanted = labelCharacters(dataset.places, otherMapLabels(join(repoDir, 'geo')));
const starts = new Set([...WHOLE_RANGES, ...[...wanted].map(rangeStart)]);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
let total = 0;
for (const start of [...starts].sort((a, b) => a - b)) {
  const stack = decodeGlyphs(await renderRange(font, start));
  const keepAll = WHOLE_RANGES.includes(start);
  const kept = { name: LABEL_FONT, range: `${start}-${start + 255}`, glyphs: stack.glyphs.filter((glyph) => keepAll || wanted.has(glyph.id)) };
  const bytes = encodeGlyphs(kept);
  writeFileSync(join(outDir, `${start}-${start + 255}.pbf`), bytes);
  total += bytes.length;
}
const missing = [...wanted].filter((codePoint) => codePoint > 32 && !WHOLE_RANGES.includes(rangeStart(codePoint)));
console.log(`glyphs: ${starts.size} ranges, ${total} bytes, ${missing.length} CJK characters -> ${outDir}`);
