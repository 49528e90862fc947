import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../build/dataset';
import { decodeGlyphs } from './glyph-pbf';
import { LABEL_FONT } from '../../src/shared/label-font';
import { labelCharacters, rangeStart } from './label-text';
import { otherMapLabels } from './other-labels';

const geoDir = new URL('..', import.meta.url).pathname;
const glyphDir = join(fileURLToPath(new URL('../../public/glyphs/', import.meta.url)), LABEL_FONT);

describe('the bundled label glyphs', () => {
  it('cover every character of every map label (rerun geo/glyphs/build-glyphs.ts if not)', () => {
    const { places } = loadDataset(geoDir);
    const needed = [...labelCharacters(places, [...otherMapLabels(geoDir), '38th parallel'])].filter((codePoint) => codePoint > 32);
    const glyphsByRange = new Map<number, Set<number>>();
    const missing: string[] = [];
    for (const codePoint of needed) {
      const start = rangeStart(codePoint);
      if (!glyphsByRange.has(start)) {
        const file = join(glyphDir, `${start}-${start + 255}.pbf`);
        glyphsByRange.set(start, new Set(existsSync(file) ? decodeGlyphs(readFileSync(file)).glyphs.map((glyph) => glyph.id) : []));
      }
      if (!glyphsByRange.get(start)?.has(codePoint)) missing.push(String.fromCodePoint(codePoint));
    }
    expect(missing).toEqual([]);
    // The check covers all three scripts of the labels, e.g. Yangpyeong as 양평 and 楊平.
    expect(needed).toEqual(expect.arrayContaining([0xc591, 0x694a, 0x5e73]));
  });
});
