/**
 * The transliteration decoder: a Soviet-era Latin spelling of a Korean place back to Hanja, Korean readings and
 * real places. Pure: the data (readings, places) comes in, ranked candidates with their whole chain go out.
 * Ranking: reading distance first (in steps of 0.05), the fit to the sentence's area second, both reported.
 */
import { kilometresFromArea, type Ring } from './area-fit';
import type { Candidate, ChainStep, DecodeResult, DecoderData, DecoderPlace, PlaceSource } from './decoder-types';
import { hepburn, romajiToCyrillic } from './japanese';
import { initialSoundRule, romanize } from './korean';
import { foldHanja, placeReadings, type PlaceReading } from './place-readings';
import { normalisedDistance } from './reading-distance';
import { spellingReadings, type SpellingReading } from './spelling-readings';

export interface DecodeOptions {
  /** The area the sentence implies, as GeoNames polygons (outer ring first). */
  area?: ReadonlyArray<ReadonlyArray<Ring>>;
  limit?: number;
  /** Places not to rank (e.g. the gazetteer, to measure the decoder without the project's own answers). */
  excludeSources?: readonly PlaceSource[];
}

/** A combination of characters with no place behind it ranks as if its reading were this much further. */
const NO_PLACE_PENALTY = 0.2;
const DISTANCE_STEP = 0.05;
const MAX_FREE = 3;

interface Indexed {
  place: DecoderPlace;
  folded: string;
  readings: PlaceReading[];
  hangul: string;
  hangulRecorded: boolean;
  initialRuleApplied: boolean;
  rr: string;
  mr: string;
  plainKorean: string[];
}

interface Match {
  reading: SpellingReading;
  placeReading: PlaceReading | null;
  distance: number;
}

function plain(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]/g, '');
}

function koreanOf(hanja: string, data: DecoderData, recorded: string | null): { hangul: string; recorded: boolean; rule: boolean } {
  if (recorded !== null) return { hangul: recorded, recorded: true, rule: false };
  const raw = [...hanja].map((char) => data.chars[char]?.ko[0] ?? '?').join('');
  const hangul = initialSoundRule(raw);
  return { hangul, recorded: false, rule: hangul !== raw };
}

export function indexPlaces(data: DecoderData): Indexed[] {
  const indexed: Indexed[] = [];
  for (const place of data.places) {
    const folded = foldHanja(place.hanja, data.fold);
    const readings = placeReadings(folded, data);
    if (readings === null) continue;
    const korean = koreanOf(folded, data, place.hangul);
    const { rr, mr } = romanize(korean.hangul);
    indexed.push({ place, folded, readings, hangul: korean.hangul, hangulRecorded: korean.recorded, initialRuleApplied: korean.rule, rr, mr, plainKorean: [plain(rr), plain(mr)] });
  }
  return indexed;
}

function bestMatch(readings: SpellingReading[], entry: Pick<Indexed, 'readings' | 'plainKorean'>): Match | null {
  let best: Match | null = null;
  for (const reading of readings) {
    const targets = reading.route === 'korean' ? entry.plainKorean.map((key) => ({ key, cost: 0, placeReading: null })) : entry.readings.map((placeReading) => ({ key: placeReading.key, cost: placeReading.cost, placeReading }));
    for (const target of targets) {
      if (Math.abs(target.key.length - reading.key.length) > Math.max(3, reading.key.length * 0.6)) continue;
      const distance = normalisedDistance(reading.key, target.key, reading.cost + target.cost);
      if (best === null || distance < best.distance) best = { reading, placeReading: target.placeReading, distance };
    }
  }
  return best;
}

function japaneseOf(parts: readonly string[]): string {
  const text = parts.map(hepburn).join('');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function weakestOf(chain: ChainStep[]): ChainStep {
  return chain.reduce((weakest, step) => (step.doubt > weakest.doubt ? step : weakest));
}

const PLACE_DOUBT: Record<PlaceSource, number> = { gazetteer: 0.1, geonames: 0.2, villages: 0.3 };
const SOURCE_WORDS: Record<PlaceSource, string> = { gazetteer: 'the project gazetteer', geonames: 'GeoNames towns', villages: 'the village list' };

function firstStep(reading: SpellingReading): ChainStep {
  if (reading.route === 'korean') return { step: 'latin-to-cyrillic', value: '—', doubt: 0.3, why: 'read as a Korean romanization, not through Russian' };
  if (reading.route === 'hepburn') return { step: 'latin-to-cyrillic', value: reading.cyrillic, doubt: 0.1, why: 'read as a Japanese reading in Hepburn; the Cyrillic is its Polivanov form' };
  const why = reading.notes.length > 0 ? reading.notes.join('; ') : 'the usual reading of every letter group';
  return { step: 'latin-to-cyrillic', value: reading.cyrillic, doubt: Math.min(1, reading.cost), why };
}

function candidateFor(entry: Indexed, match: Match, area: DecodeOptions['area']): Candidate {
  const { place } = entry;
  const parts = match.placeReading?.parts ?? entry.readings[0]?.parts ?? [];
  const readingKey = match.placeReading?.key ?? entry.readings[0]?.key ?? '';
  const japanese = japaneseOf(parts);
  const exact = match.distance < 0.001;
  const chain: ChainStep[] = [
    firstStep(match.reading),
    {
      step: 'cyrillic-to-japanese',
      value: japanese,
      doubt: Math.min(1, match.distance * 2.5),
      why:
        match.reading.route === 'korean'
          ? `the Korean reading ${entry.rr} is ${exact ? 'the spelling itself' : `${match.distance.toFixed(2)} per letter from the spelling`}`
          : `${exact ? 'the same sounds' : `${match.distance.toFixed(2)} per letter apart`}: spelling “${match.reading.key}”, reading “${readingKey}” (long vowels not written in Cyrillic)${match.placeReading && match.placeReading.notes.length > 0 ? '; ' + match.placeReading.notes.join('; ') : ''}`,
    },
    {
      step: 'japanese-to-hanja',
      value: place.hanja,
      doubt: place.hanjaBasis === 'inferred' ? 0.4 : 0.05,
      why: place.hanjaBasis === 'inferred' ? 'Hanja inferred by the build from the recorded Hangul and a Japanese-era name' : `Hanja as ${SOURCE_WORDS[place.source]} records them`,
    },
    {
      step: 'hanja-to-korean',
      value: entry.hangul,
      doubt: entry.hangulRecorded ? 0.05 : 0.2,
      why: entry.hangulRecorded ? 'Hangul as the source records it' : `the usual Korean reading of each character${entry.initialRuleApplied ? ', with the initial-sound rule' : ''}`,
    },
    {
      step: 'korean-to-place',
      value: place.name,
      doubt: place.lat === null ? 0.5 : PLACE_DOUBT[place.source],
      why: `${SOURCE_WORDS[place.source]}: ${place.note}${place.lat === null ? ' (no sourced coordinate)' : ''}`,
    },
  ];
  const areaKm = area && place.lat !== null && place.lon !== null ? Math.round(kilometresFromArea(place.lon, place.lat, area) * 10) / 10 : null;
  return {
    hanja: place.hanja,
    hangul: entry.hangul,
    rr: entry.rr,
    mr: entry.mr,
    japanese,
    cyrillic: match.reading.route === 'korean' ? romajiToCyrillic(readingKey) : match.reading.cyrillic,
    score: round(1 - match.distance),
    readingDistance: round(match.distance),
    areaKm,
    place: { id: place.id, name: place.name, lat: place.lat, lon: place.lon, source: place.source },
    chain,
    weakest: weakestOf(chain),
  };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Characters by folded on'yomi, the ones most used in the places' names first (the free candidates' prior). */
function readingIndex(data: DecoderData): Map<string, string[]> {
  const frequency = new Map<string, number>();
  for (const place of data.places) for (const char of foldHanja(place.hanja, data.fold)) frequency.set(char, (frequency.get(char) ?? 0) + 1);
  const index = new Map<string, string[]>();
  for (const [char, readings] of Object.entries(data.chars)) {
    if (!frequency.has(char)) continue;
    for (const reading of new Set(readings.on.map((on) => on.replace(/ou|oo/g, 'o').replace(/uu/g, 'u')))) index.set(reading, [...(index.get(reading) ?? []), char]);
  }
  for (const chars of index.values()) chars.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0));
  return index;
}

/** Splits a folded key into on'yomi of known characters: fewest pieces first. */
function segmentations(key: string, index: Map<string, string[]>, limit: number): string[][] {
  const results: string[][] = [];
  const walk = (position: number, pieces: string[]) => {
    if (results.length >= limit * 4 || pieces.length > 4) return;
    if (position === key.length) {
      results.push(pieces);
      return;
    }
    for (let end = Math.min(key.length, position + 5); end > position; end--) {
      const piece = key.slice(position, end);
      if (index.has(piece)) walk(end, [...pieces, piece]);
    }
  };
  walk(0, []);
  return results.sort((a, b) => a.length - b.length).slice(0, limit);
}

function freeCandidates(readings: SpellingReading[], data: DecoderData, index: Map<string, string[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const reading of readings.filter((r) => r.route !== 'korean').slice(0, 1)) {
    for (const pieces of segmentations(reading.key, index, 2)) {
      const chars = pieces.map((piece) => index.get(piece)?.[0] ?? '');
      const hanja = chars.join('');
      const readingsOf = chars.map((char, i) => data.chars[char]?.on.find((on) => on.replace(/ou|oo/g, 'o').replace(/uu/g, 'u') === pieces[i]) ?? pieces[i] ?? '');
      const korean = koreanOf(hanja, data, null);
      const { rr, mr } = romanize(korean.hangul);
      const distance = normalisedDistance(reading.key, reading.key, reading.cost);
      const homophones = pieces.map((piece) => (index.get(piece)?.length ?? 1) - 1).reduce((a, b) => a + b, 0);
      const chain: ChainStep[] = [
        firstStep(reading),
        { step: 'cyrillic-to-japanese', value: japaneseOf(readingsOf), doubt: 0.3, why: `split into on'yomi ${pieces.join('-')}; each long vowel could be short or long` },
        { step: 'japanese-to-hanja', value: hanja, doubt: Math.min(0.9, 0.3 + homophones * 0.05), why: `the character most used in the place names of the data for each reading; ${homophones} others read the same` },
        { step: 'hanja-to-korean', value: korean.hangul, doubt: 0.2, why: `the usual Korean reading of each character${korean.rule ? ', with the initial-sound rule' : ''}` },
        { step: 'korean-to-place', value: '—', doubt: 1, why: 'no place with these Hanja in the gazetteer, GeoNames towns or the village list' },
      ];
      out.push({ hanja, hangul: korean.hangul, rr, mr, japanese: japaneseOf(readingsOf), cyrillic: reading.cyrillic, score: round(1 - distance - NO_PLACE_PENALTY), readingDistance: round(distance), areaKm: null, place: null, chain, weakest: weakestOf(chain) });
    }
  }
  return out.slice(0, MAX_FREE);
}

export interface Decoder {
  decode: (spelling: string, options?: DecodeOptions) => DecodeResult;
}

export function createDecoder(data: DecoderData): Decoder {
  const places = indexPlaces(data);
  const index = readingIndex(data);
  return {
    decode(spelling, options = {}) {
      const readings = spellingReadings(spelling);
      const excluded = new Set(options.excludeSources ?? []);
      const found: Candidate[] = [];
      for (const entry of places) {
        if (excluded.has(entry.place.source)) continue;
        const match = bestMatch(readings, entry);
        if (match !== null && match.distance <= 0.5) found.push(candidateFor(entry, match, options.area));
      }
      const placed = dedupeByHanja(found, data);
      const placedHanja = new Set(placed.map((candidate) => foldHanja(candidate.hanja, data.fold)));
      const free = freeCandidates(readings, data, index).filter((candidate) => !placedHanja.has(foldHanja(candidate.hanja, data.fold)));
      const all = [...placed, ...free];
      const sortKey = (candidate: Candidate) => candidate.readingDistance + (candidate.place === null ? NO_PLACE_PENALTY : 0);
      all.sort((a, b) => {
        const bucket = Math.round(sortKey(a) / DISTANCE_STEP) - Math.round(sortKey(b) / DISTANCE_STEP);
        if (bucket !== 0) return bucket;
        const areaA = a.areaKm ?? Infinity;
        const areaB = b.areaKm ?? Infinity;
        if (areaA !== areaB) return areaA - areaB;
        return sortKey(a) - sortKey(b);
      });
      const seen = new Set<string>();
      const unique = all.filter((candidate) => {
        const key = foldHanja(candidate.hanja, data.fold) + (candidate.place?.id ?? '');
        return seen.has(key) ? false : (seen.add(key), true);
      });
      return { spelling, candidates: unique.slice(0, options.limit ?? 10) };
    },
  };
}

/**
 * One candidate per Hanja and place: the gazetteer's record wins over a GeoNames row or village for the same
 * place (same Hanja within about 10 km, or the same Hanja where one of them has no coordinate).
 */
function dedupeByHanja(candidates: Candidate[], data: DecoderData): Candidate[] {
  const order: PlaceSource[] = ['gazetteer', 'villages', 'geonames'];
  const best = new Map<string, Candidate>();
  const located = new Set(candidates.filter((c) => c.place?.lat != null).map((c) => foldHanja(c.hanja, data.fold)));
  for (const candidate of candidates) {
    const place = candidate.place;
    const hanja = foldHanja(candidate.hanja, data.fold);
    const where = place?.lat != null && place.lon != null ? `${place.lat.toFixed(1)},${place.lon.toFixed(1)}` : null;
    const key = where === null && located.has(hanja) ? [...best.keys()].find((known) => known.startsWith(hanja + '@')) ?? `${hanja}@?` : `${hanja}@${where ?? '?'}`;
    const known = best.get(key);
    const better = known === undefined || candidate.readingDistance < known.readingDistance || (candidate.readingDistance === known.readingDistance && order.indexOf(place?.source ?? 'geonames') < order.indexOf(known.place?.source ?? 'geonames'));
    if (better) best.set(key, candidate);
  }
  return [...best.values()];
}
