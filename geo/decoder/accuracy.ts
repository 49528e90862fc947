/** `npm run decode:accuracy`: top-1 and top-3 over the identified names, with all places and without the gazetteer. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACCURACY_CASES } from '../../src/domain/decoder/accuracy-cases';
import { createDecoder, type DecodeOptions } from '../../src/domain/decoder/decoder';
import type { DecoderData } from '../../src/domain/decoder/decoder-types';
import { foldHanja } from '../../src/domain/decoder/place-readings';

const data = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'out', 'decoder-data.json'), 'utf8')) as DecoderData;
const decoder = createDecoder(data);

function measure(label: string, options: DecodeOptions): void {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  const started = performance.now();
  for (const [spelling, hanja] of ACCURACY_CASES) {
    const ranked = decoder.decode(spelling, options).candidates.map((candidate) => foldHanja(candidate.hanja, data.fold));
    const rank = ranked.indexOf(foldHanja(hanja, data.fold)) + 1;
    if (rank === 1) top1 += 1;
    if (rank >= 1 && rank <= 3) top3 += 1;
    if (rank !== 1) misses.push(`${spelling} ${hanja}: ${rank === 0 ? 'not in the first 10' : `rank ${rank}`} (first: ${ranked[0] ?? '-'})`);
  }
  const perSpelling = (performance.now() - started) / ACCURACY_CASES.length;
  console.log(`${label}: top-1 ${top1}/${ACCURACY_CASES.length}, top-3 ${top3}/${ACCURACY_CASES.length}, ${perSpelling.toFixed(1)} ms per spelling`);
  for (const miss of misses) console.log(`  ${miss}`);
}

measure('all places (gazetteer, GeoNames, villages)', {});
measure('without the gazetteer (GeoNames and villages only)', { excludeSources: ['gazetteer'] });
