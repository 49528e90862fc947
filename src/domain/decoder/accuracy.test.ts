import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACCURACY_CASES } from './accuracy-cases';
import { createDecoder } from './decoder';
import type { DecoderData } from './decoder-types';
import { foldHanja } from './place-readings';

// The committed decoder data (geo/decoder/out), as `npm run decode` and the app use it.
const data = JSON.parse(readFileSync(new URL('../../../geo/decoder/out/decoder-data.json', import.meta.url), 'utf8')) as DecoderData;
const decoder = createDecoder(data);

describe('decoder accuracy on the names already identified', () => {
  it.each(ACCURACY_CASES)('%s: %s is among the first three candidates', (spelling, hanja) => {
    const top = decoder.decode(spelling).candidates.slice(0, 3).map((candidate) => foldHanja(candidate.hanja, data.fold));
    expect(top).toContain(foldHanja(hanja, data.fold));
  });

  it.each([
    ['Odzio', '橫城'],
    ['Kokusekiri', '黑石里'],
    ['Genzan', '元山'],
  ])('%s: %s comes first', (spelling, hanja) => {
    expect(decoder.decode(spelling).candidates[0]?.hanja).toBe(hanja);
  });
});
