/**
 * Weighted edit distance between two romaji keys. The cheap operations are the confusions the chain is known
 * to make: Russian vowel reduction (unstressed о sounds а, э/е sounds и), voicing, a glide written as a vowel
 * (letter-by-letter old kana: キリウ for kiryū), and a Japanese devoiced u/i left out by the ear (toku-hei -> tok-hei).
 */
const VOICELESS = new Set(['k', 's', 't', 'h', 'p', 'f', 'c']);
const CHEAP_PAIRS: ReadonlyArray<readonly [string, string, number]> = [
  ['a', 'o', 0.5],
  ['e', 'i', 0.5],
  ['o', 'u', 0.6],
  ['y', 'i', 0.3],
  ['k', 'g', 0.6],
  ['t', 'd', 0.6],
  ['s', 'z', 0.6],
  ['p', 'b', 0.6],
  ['h', 'f', 0.4],
  ['w', 'v', 0.2],
];
const PAIR_COST = new Map<string, number>();
for (const [a, b, cost] of CHEAP_PAIRS) {
  PAIR_COST.set(a + b, cost);
  PAIR_COST.set(b + a, cost);
}

function substitution(a: string, b: string): number {
  return a === b ? 0 : PAIR_COST.get(a + b) ?? 1;
}

/** Cost of a letter of the candidate's reading that the spelling does not have. */
function missingCost(reading: string, index: number): number {
  const letter = reading[index] ?? '';
  const before = reading[index - 1] ?? '';
  const after = reading[index + 1];
  if ((letter === 'u' || letter === 'i') && VOICELESS.has(before) && (after === undefined || VOICELESS.has(after))) return 0.4;
  if (letter === 'y') return 0.5;
  return 1;
}

/** Cost of a letter of the spelling that the candidate's reading does not have. */
function extraCost(spelling: string, index: number): number {
  return spelling[index] === 'y' ? 0.5 : 1;
}

export function readingDistance(spelling: string, reading: string): number {
  const n = spelling.length;
  const m = reading.length;
  let previousRow = new Array<number>(m + 1);
  previousRow[0] = 0;
  for (let j = 1; j <= m; j++) previousRow[j] = (previousRow[j - 1] ?? 0) + missingCost(reading, j - 1);
  for (let i = 1; i <= n; i++) {
    const row = new Array<number>(m + 1);
    row[0] = (previousRow[0] ?? 0) + extraCost(spelling, i - 1);
    for (let j = 1; j <= m; j++) {
      row[j] = Math.min(
        (previousRow[j - 1] ?? 0) + substitution(spelling[i - 1] ?? '', reading[j - 1] ?? ''),
        (previousRow[j] ?? 0) + extraCost(spelling, i - 1),
        (row[j - 1] ?? 0) + missingCost(reading, j - 1),
      );
    }
    previousRow = row;
  }
  return previousRow[m] ?? 0;
}

/** Distance per letter of the longer key, so that long and short names compare. */
export function normalisedDistance(spelling: string, reading: string, extra = 0): number {
  const length = Math.max(spelling.length, reading.length, 1);
  return (readingDistance(spelling, reading) + extra) / length;
}
