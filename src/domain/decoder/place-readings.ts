/**
 * Step 3 seen from the places' side: every Japanese on'yomi a place's Hanja can have, so the spelling can be
 * compared with each. Two regular sound facts are added as variant readings, each with a small cost:
 * - pre-1946 kana wrote kwa/gwa where modern Japanese has ka/ga, in characters whose Korean reading has a w-glide
 *   (外 외 gwai, 化 화 kwa, 會 회 kwai); Soviet clerks copied the kana letter by letter;
 * - a final -ku/-ki/-tsu/-chi doubles the next consonant in connected speech (北漢 hoku-kan -> hokkan);
 * - a second element may begin voiced (rendaku: 元山 gen-san -> Genzan).
 */
import type { CharReadings, DecoderData } from './decoder-types';
import { foldLength } from './japanese';

export interface PlaceReading {
  /** One on'yomi per character (Unihan spelling, long vowels written out). */
  parts: string[];
  /** The folded key compared with the spelling. */
  key: string;
  cost: number;
  notes: string[];
}

const MAX_COMBINATIONS = 48;
const W_GLIDE_VOWELS = new Set([9, 10, 11]); // ㅘ ㅙ ㅚ

function hasWGlide(hangul: string): boolean {
  const code = (hangul.codePointAt(0) ?? 0) - 0xac00;
  return code >= 0 && code <= 11171 && W_GLIDE_VOWELS.has(Math.floor((code % 588) / 28));
}

interface CharOption {
  reading: string;
  cost: number;
  note?: string;
}

const VOICED: ReadonlyArray<readonly [RegExp, string]> = [
  [/^k/, 'g'],
  [/^sh/, 'j'],
  [/^s/, 'z'],
  [/^ch/, 'j'],
  [/^ts/, 'z'],
  [/^t/, 'd'],
  [/^h/, 'b'],
  [/^f/, 'b'],
];

function voiced(reading: string): string | null {
  for (const [pattern, replacement] of VOICED) if (pattern.test(reading)) return reading.replace(pattern, replacement);
  return null;
}

function optionsFor(readings: CharReadings, notFirst: boolean): CharOption[] {
  const options: CharOption[] = readings.on.map((reading) => ({ reading, cost: 0 }));
  if (notFirst) {
    for (const reading of readings.on) {
      const soft = voiced(reading);
      if (soft !== null && !readings.on.includes(soft)) options.push({ reading: soft, cost: 0.15, note: `${reading} voiced to ${soft} after the first character (rendaku)` });
    }
  }
  if (readings.ko.some(hasWGlide)) {
    for (const reading of readings.on) {
      const old = /^([kg])a/.exec(reading);
      if (old) options.push({ reading: `${old[1]}wa${reading.slice(2)}`, cost: 0.2, note: `${reading} in pre-1946 kana is ${old[1]}wa${reading.slice(2)}` });
    }
  }
  return options;
}

export function foldHanja(hanja: string, fold: DecoderData['fold']): string {
  return [...hanja].map((char) => fold[char] ?? char).join('');
}

/** All readings of the Hanja, cheapest first; null when a character has no on'yomi in the data. */
export function placeReadings(hanja: string, data: DecoderData): PlaceReading[] | null {
  let combos: PlaceReading[] = [{ parts: [], key: '', cost: 0, notes: [] }];
  for (const [position, char] of [...foldHanja(hanja, data.fold)].entries()) {
    const readings = data.chars[char];
    if (readings === undefined || readings.on.length === 0) return null;
    const options = optionsFor(readings, position > 0);
    combos = combos.flatMap((combo) =>
      options.map((option) => ({
        parts: [...combo.parts, option.reading],
        key: combo.key + foldLength(option.reading),
        cost: combo.cost + option.cost,
        notes: option.note ? [...combo.notes, option.note] : combo.notes,
      })),
    );
    if (combos.length > MAX_COMBINATIONS) combos = combos.sort((a, b) => a.cost - b.cost).slice(0, MAX_COMBINATIONS);
  }
  const withDoubling = combos.flatMap((combo) => {
    const doubled = doubledVariant(combo);
    return doubled ? [combo, doubled] : [combo];
  });
  return withDoubling.sort((a, b) => a.cost - b.cost);
}

function doubledVariant(combo: PlaceReading): PlaceReading | null {
  let changed = false;
  const keys = combo.parts.map((part, index) => {
    const next = combo.parts[index + 1];
    const match = /^(.*)(ku|ki|tsu|chi)$/.exec(part);
    const nextConsonant = next === undefined ? undefined : /^[kstp]/.exec(next)?.[0];
    if (!match || nextConsonant === undefined) return foldLength(part);
    changed = true;
    return foldLength((match[1] ?? '') + nextConsonant);
  });
  if (!changed) return null;
  return { parts: combo.parts, key: keys.join(''), cost: combo.cost + 0.1, notes: [...combo.notes, 'a final -ku/-ki/-tsu/-chi doubles the next consonant'] };
}
