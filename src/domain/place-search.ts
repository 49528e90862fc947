import type { Place } from '../../geo/schema/place-schema';
import { kanaToRomaji } from './kana';
import { foldName } from './normalise';

export interface SearchResult {
  placeId: string;
  /** The spelling that matched, as the gazetteer writes it. */
  matched: string;
  /** Lower is better: 0 exact, 1 prefix, 2 contained, 3+ typo distance. */
  score: number;
}

/** Optimal-string-alignment distance (Levenshtein plus adjacent swaps), stopping early past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** How many typos a query of this length may carry. */
function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/**
 * Beyond foldName, what readers type for the same sound: kana in Hepburn romaji, so that a Japanese reading typed in
 * katakana or hiragana meets the gazetteer's kana or Latin spelling of it (キンポ finds Kinpo, ゲンシュウ and
 * ゲンシュー find Genshū / げんしゅう); English "oo" for u ("Wonjoo"); and RR "eo" for MR ŏ ("Seoul"/"Sŏul" already
 * fold; this lets "Hoengseong" meet "Hoengsong").
 */
export function searchFold(name: string): string {
  // Kana first, composed (NFKC: half-width katakana and separate voicing marks), before foldName drops the marks.
  return foldName(kanaToRomaji(name.normalize('NFKC'))).replace(/oo/g, 'u').replace(/eo/g, 'o');
}

function scoreName(query: string, name: string): number | undefined {
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  const allowance = typoAllowance(query.length);
  if (allowance === 0) return undefined;
  // Compare with the whole name and with its first word (so "Kimpo" finds "Kimpo airfield").
  const candidates = [name, name.split(' ')[0] ?? name];
  const distance = Math.min(...candidates.map((candidate) => editDistance(query, candidate, allowance)));
  return distance <= allowance ? 3 + distance : undefined;
}

/** The best-scoring of a record's spellings for a query, or undefined when none matches; on a tie, the one typed. */
export function bestSpelling(query: string, spellings: readonly string[]): { matched: string; score: number } | undefined {
  const folded = searchFold(query);
  const typed = foldName(query);
  let best: { matched: string; score: number } | undefined;
  for (const spelling of spellings) {
    const score = scoreName(folded, searchFold(spelling));
    if (score === undefined || (best !== undefined && score > best.score)) continue;
    if (best === undefined || score < best.score || foldName(spelling) === typed) best = { matched: spelling, score };
  }
  return best;
}

/**
 * Finds places by any spelling in any script: case, accents, apostrophes and hyphens do not matter and short
 * typos are forgiven. One result per place, best first.
 */
export function searchPlaces(query: string, places: readonly Pick<Place, 'id' | 'title' | 'variants' | 'names'>[], limit = 8): SearchResult[] {
  const folded = searchFold(query);
  if (folded.length === 0) return [];
  const results: SearchResult[] = [];
  for (const place of places) {
    const spellings = [place.title, ...place.variants.map((variant) => variant.toponym), ...Object.values(place.names).filter((name): name is string => typeof name === 'string')];
    const best = bestSpelling(query, spellings);
    if (best !== undefined) results.push({ placeId: place.id, ...best });
  }
  return results.sort((a, b) => a.score - b.score || a.matched.localeCompare(b.matched)).slice(0, limit);
}
