/** Validates the decoder's village list and its built data (geo/decoder/), for `npm run data`. */
import { join } from 'node:path';
import { decoderDataSchema, villagesFileSchema } from '../schema/decoder-schema';
import type { DecoderData } from '../../src/domain/decoder/decoder-types';
import { DataError, readJsonFile, validate } from './validate';

export function loadDecoderData(dir: string): DecoderData {
  const villagesFile = join(dir, 'villages.json');
  const villages = validate(villagesFileSchema, readJsonFile(villagesFile), villagesFile, 'villages');
  const seen = new Set<string>();
  villages.villages.forEach((village, index) => {
    if (seen.has(village.id)) throw new DataError(villagesFile, village.id, `villages[${index}].id`, 'duplicate id');
    seen.add(village.id);
  });
  const dataFile = join(dir, 'out', 'decoder-data.json');
  const data = validate(decoderDataSchema, readJsonFile(dataFile), dataFile, 'places');
  // The built file must be current: every village is in it (else run `npm run decode:data`).
  for (const village of villages.villages) {
    if (!data.places.some((place) => place.id === `village:${village.id}`)) {
      throw new DataError(dataFile, `village:${village.id}`, 'places', 'missing: rebuild with `npm run decode:data`');
    }
  }
  for (const place of data.places) {
    for (const char of place.hanja) if (data.chars[char] === undefined) throw new DataError(dataFile, place.id, 'hanja', `character ${char} has no readings in "chars"`);
  }
  return data;
}
