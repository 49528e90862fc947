import { z } from 'zod';
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { positionSchema } from '../schema/geometry-schema';
import { placeSchema, type Place } from '../schema/place-schema';
import { telegramSchema, type Telegram } from '../schema/telegram-schema';
import { foldName } from '../../src/domain/normalise';
import { findMentions, MentionError, type Mention } from '../../src/domain/mention-matcher';
import { firstOutsideRegion, REGION_TEXT } from './region-check';
import { DataError, readJsonFile, validate } from './validate';

export interface Dataset {
  telegram: Telegram;
  places: Place[];
  /** Every place name the matcher finds in the text, found once for the checks, the app and the exports. */
  mentions: Mention[];
}

export function loadTelegram(file: string): Telegram {
  const telegram = validate(telegramSchema, readJsonFile(file), file, 'blocks');
  const seen = new Set<string>();
  const blockIds = new Set<string>();
  for (const block of telegram.blocks) {
    if (blockIds.has(block.id)) throw new DataError(file, block.id, 'id', `duplicate block id "${block.id}"`);
    blockIds.add(block.id);
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
    const outside = [{ field: 'geometry', geometry: place.geometry }, ...(place.alternatives ?? []).flatMap((alternative, index) => (alternative.geometry === null ? [] : [{ field: `alternatives[${index}].geometry`, geometry: alternative.geometry }]))]
      .map(({ field, geometry }) => ({ field, hit: firstOutsideRegion(geometry) }))
      .find(({ hit }) => hit !== undefined);
    if (outside?.hit !== undefined) {
      throw new DataError(file, place.id, `${outside.field}.${outside.hit.path}`, `[${outside.hit.position.join(', ')}] lies outside the region of the document (${REGION_TEXT}); GeoJSON order is longitude, latitude`);
    }
    return place;
  });
}

/**
 * Every spelling a place marks `inTelegram` must stand in the text (the mention matcher must find it there):
 * otherwise a typo in the gazetteer, or an edit of the text, silently unlinks the place from the document.
 */
export function checkSpellingsInText(mentions: readonly Mention[], telegramFile: string, places: readonly Place[], placesDir: string): void {
  for (const place of places) {
    // A spelling may stand inside a longer one of the same place ("Incheon" in "Jemulpo [Incheon]").
    const found = mentions.filter((mention) => mention.placeId === place.id).map((mention) => foldName(mention.text));
    const inText = (toponym: string): boolean => found.some((text) => text.includes(foldName(toponym)));
    const marked = place.variants.flatMap((variant, index) => (variant.inTelegram === true ? [{ variant, index }] : []));
    const file = join(placesDir, `${place.id}.json`);
    if (!marked.some(({ variant }) => inText(variant.toponym))) {
      const first = marked[0];
      throw new DataError(file, place.id, first === undefined ? 'variants' : `variants[${first.index}].toponym`, `no spelling of this place marked inTelegram occurs in the text any more (${telegramFile}): ${marked.map(({ variant }) => `"${variant.toponym}"`).join(', ')}`);
    }
    const missing = marked.find(({ variant }) => !inText(variant.toponym));
    if (missing !== undefined) throw new DataError(file, place.id, `variants[${missing.index}].toponym`, `"${missing.variant.toponym}" is marked inTelegram but does not occur in the text (${telegramFile})`);
  }
}

/**
 * Checks that every mention of the document resolves to one place: a spelling two places share must be identified
 * mention by mention in the document's `mentions` (a spelling may serve two places, a mention names one).
 */
export function checkMentions(telegram: Telegram, places: readonly Place[], file: string): Mention[] {
  try {
    return findMentions(telegram, places);
  } catch (error) {
    if (!(error instanceof MentionError)) throw error;
    throw new DataError(file, error.sentenceId, error.index === undefined ? 'text' : `mentions[${error.index}]`, error.message);
  }
}

export function loadDataset(geoDir: string): Dataset {
  const telegramFile = join(geoDir, 'telegram', 'telegram.json');
  const placesDir = join(geoDir, 'places');
  const telegram = loadTelegram(telegramFile);
  const places = loadPlaces(placesDir);
  const mentions = checkMentions(telegram, places, telegramFile);
  checkSpellingsInText(mentions, telegramFile, places, placesDir);
  return { telegram, places, mentions };
}

// Every coordinate a number, nested as its geometry type requires: a string would reach the map and fail there.
const line = z.array(positionSchema).min(2);
const ring = z.array(positionSchema).min(4);
const basemapFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.discriminatedUnion('type', [
    z.object({ type: z.literal('LineString'), coordinates: line }),
    z.object({ type: z.literal('MultiLineString'), coordinates: z.array(line).min(1) }),
    z.object({ type: z.literal('Polygon'), coordinates: z.array(ring).min(1) }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring).min(1)).min(1) }),
  ]),
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
