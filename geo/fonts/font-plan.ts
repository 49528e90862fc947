/**
 * Which slice of which font draws each CJK character the page can show. The fonts come from Fontsource, which
 * splits each family into ~120 files by unicode-range; the page needs a few hundred characters, so each slice it
 * touches is cut down to those characters (geo/fonts/build-ui-fonts.ts) and announced with exactly that range.
 */

/** One @font-face of a Fontsource stylesheet: its file and the code points it covers. */
export interface FontSlice {
  file: string;
  ranges: [number, number][];
}

/** One file to write: the characters of `text`, cut from `file` of `family`. */
export interface SubsetJob {
  family: string;
  file: string;
  codePoints: number[];
}

/** Characters drawn by the system's Latin fonts: below the CJK blocks (U+2E80 on) nothing needs a web font. */
export const FIRST_CJK_CODE_POINT = 0x2e80;

function parseRange(token: string): [number, number] {
  const [start, end] = token.trim().replace(/^U\+/i, '').split('-');
  const from = Number.parseInt(start ?? '', 16);
  const to = end === undefined ? from : Number.parseInt(end, 16);
  if (Number.isNaN(from) || Number.isNaN(to)) throw new Error(`not a unicode-range: "${token}"`);
  return [from, to];
}

/** The woff2 slices of a Fontsource CSS file (e.g. `400.css`). */
export function parseFontsourceCss(css: string): FontSlice[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((match) => {
    const body = match[1] ?? '';
    const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (file === undefined || range === undefined) return [];
    return [{ file, ranges: range.split(',').map(parseRange) }];
  });
}

/** The code points at or above U+2E80 in the texts, sorted. */
export function cjkCodePoints(texts: Iterable<string>): number[] {
  const found = new Set<number>();
  for (const text of texts) for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint >= FIRST_CJK_CODE_POINT) found.add(codePoint);
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * Assigns each code point to the first family (in order) that has it, and within it to its slice. Korean
 * first: the names are Korean; the Japanese and Chinese families fill in the forms a Korean font lacks
 * (横, 広; simplified 东, 军).
 */
export function planSubsets(codePoints: readonly number[], families: readonly { family: string; slices: readonly FontSlice[] }[]): { jobs: SubsetJob[]; missing: number[] } {
  const jobs = new Map<string, SubsetJob>();
  const missing: number[] = [];
  for (const codePoint of codePoints) {
    let placed = false;
    for (const { family, slices } of families) {
      const slice = slices.find(({ ranges }) => ranges.some(([from, to]) => codePoint >= from && codePoint <= to));
      if (slice === undefined) continue;
      const key = `${family}/${slice.file}`;
      const job = jobs.get(key) ?? { family, file: slice.file, codePoints: [] };
      job.codePoints.push(codePoint);
      jobs.set(key, job);
      placed = true;
      break;
    }
    if (!placed) missing.push(codePoint);
  }
  return { jobs: [...jobs.values()], missing };
}

/** A CSS unicode-range for sorted code points, runs joined: `U+AC00-AC02,U+B000`. */
export function formatUnicodeRange(codePoints: readonly number[]): string {
  const parts: string[] = [];
  const hex = (value: number): string => value.toString(16).toUpperCase();
  let index = 0;
  while (index < codePoints.length) {
    const start = codePoints[index] ?? 0;
    let end = start;
    while (codePoints[index + 1] === end + 1) {
      end += 1;
      index += 1;
    }
    parts.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
    index += 1;
  }
  return parts.join(',');
}
