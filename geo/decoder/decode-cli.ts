/**
 * `npm run decode -- <spelling> [more spellings]`: one JSON line per spelling, best candidate first (at most 10).
 * Reads the committed decoder data; no network, no server.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDecoder } from '../../src/domain/decoder/decoder';
import type { DecoderData } from '../../src/domain/decoder/decoder-types';

const spellings = process.argv.slice(2).filter((arg) => arg !== '--');
if (spellings.length === 0) {
  console.error('usage: npm run decode -- <spelling> [more spellings]   e.g. npm run decode -- Odzio Kokusekiri Genzan');
  process.exit(2);
}
const file = join(dirname(fileURLToPath(import.meta.url)), 'out', 'decoder-data.json');
const decoder = createDecoder(JSON.parse(readFileSync(file, 'utf8')) as DecoderData);
const verbose = process.env.DECODE_VERBOSE === '1';
for (const spelling of spellings) {
  const { candidates } = decoder.decode(spelling);
  const line = {
    spelling,
    candidates: candidates.map((candidate) => ({
      hanja: candidate.hanja,
      hangul: candidate.hangul,
      rr: candidate.rr,
      mr: candidate.mr,
      japanese: candidate.japanese,
      cyrillic: candidate.cyrillic,
      score: candidate.score,
      place: candidate.place === null ? null : { name: candidate.place.name, lat: candidate.place.lat, lon: candidate.place.lon, source: candidate.place.source },
      ...(verbose ? { weakest: `${candidate.weakest.step}: ${candidate.weakest.why}` } : {}),
    })),
  };
  console.log(JSON.stringify(line));
}
