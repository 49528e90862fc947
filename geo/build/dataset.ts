import { z } from 'zod';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { placeSchema, type Place } from '../schema/place-schema';
import { telegramSchema, type Telegram } from '../schema/telegram-schema';
import { findMentions, MentionError } from '../../src/domain/mention-matcher';
import { DataError, readJsonFile, validate } from './validate';

export interface Dataset {
  telegram: Telegram;
  places: Place[];
}

export function loadTelegram(file: string): Telegram {
  const telegram = validate(telegramSchema, readJsonFile(file), file, 'blocks');
  const seen = new Set<string>();
  for (const block of telegram.blocks) {
    for (const sentence of block.sentences) {
      if (seen.has(sentence.id)) throw new DataError(file, block.id, 'sentences.id', `duplicate sentence id "${sentence.id}"`);
      seen.add(sentence.id);
    }
  }
  return telegram;
}

/** One JSON file per place; the file name is the id, so a renamed file cannot silently change an id. */
export function loadPlaces(dir: string): Place[] {
  const files = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();
  return files.map((name) => {
    const file = join(dir, name);
    const place = validate(placeSchema, readJsonFile(file), file);
    const expectedId = basename(name, '.json');
    if (place.id !== expectedId) throw new DataError(file, place.id, 'id', `must equal the file name "${expectedId}"`);
    return place;
  });
}

/**
 * Checks that every mention of the document resolves to one place: a spelling two places share must be identified
 * mention by mention in the document's `mentions` (a spelling may serve two places, a mention names one).
 */
export function checkMentions(telegram: Telegram, places: readonly Place[], file: string): void {
  try {
    findMentions(telegram, places);
  } catch (error) {
    if (!(error instanceof MentionError)) throw error;
    throw new DataError(file, error.sentenceId, error.index === undefined ? 'text' : `mentions[${error.index}]`, error.message);
  }
}

export function loadDataset(geoDir: string): Dataset {
  const telegramFile = join(geoDir, 'telegram', 'telegram.json');
  const telegram = loadTelegram(telegramFile);
  const places = loadPlaces(join(geoDir, 'places'));
  checkMentions(telegram, places, telegramFile);
  return { telegram, places };
}

const basemapFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.object({ type: z.enum(['LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']), coordinates: z.array(z.unknown()).min(1) }),
});
const basemapCollectionSchema = z.object({ type: z.literal('FeatureCollection'), features: z.array(basemapFeatureSchema).min(1) });

export type BasemapLayer = z.infer<typeof basemapCollectionSchema>;

/** The committed GSHHG extraction (geo/basemap/out/<name>), each file checked for shape before the app is given it. */
export function loadBasemap(dir: string, names: readonly string[]): Record<string, BasemapLayer> {
  return Object.fromEntries(
    names.map((name) => {
      const file = join(dir, name);
      if (!existsSync(file)) throw new DataError(file, undefined, undefined, 'missing basemap layer; run geo/basemap/extract.sh');
      return [name, validate(basemapCollectionSchema, readJsonFile(file), file, 'features')];
    }),
  );
}
