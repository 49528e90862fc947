/**
 * Step 1: a Latin spelling in the English translation back to the Cyrillic the translator read.
 * The translator's scheme is the usual British/US one for Russian (kh = х, dz = дз, io = ё, iu = ю, e = э/е);
 * where a letter group has two readings both are kept, the less usual one with a small cost.
 */
export interface CyrillicHypothesis {
  cyrillic: string;
  /** 0 = the usual reading of every letter group; each less usual choice adds its cost. */
  cost: number;
  /** The less usual choices made, for the chain. */
  notes: string[];
}

type Option = readonly [cyrillic: string, cost: number, note?: string];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Letter groups, longest first. A function gets the previous Latin letter (for й after vowels). */
const GROUPS: ReadonlyArray<readonly [string, (previous: string | undefined, next: string | undefined) => readonly Option[]]> = [
  ['shch', () => [['щ', 0]]],
  ['sh', () => [['ш', 0]]],
  ['ch', () => [['ч', 0]]],
  ['zh', () => [['ж', 0]]],
  ['kh', () => [['х', 0], ['кх', 0.6, 'k-h read as two letters']]],
  ['ts', () => [['ц', 0], ['тс', 0.3, 'ts read as т + с']]],
  ['dz', () => [['дз', 0]]],
  ['io', () => [['ё', 0], ['йо', 0.2, 'io read as йо']]],
  ['yo', () => [['ё', 0], ['йо', 0.2, 'yo read as йо']]],
  ['iu', () => [['ю', 0]]],
  ['yu', () => [['ю', 0]]],
  ['ia', () => [['я', 0]]],
  ['ya', () => [['я', 0]]],
  ['e', () => [['э', 0], ['е', 0.1, 'e read as е']]],
  ['i', (previous, next) => {
    if (previous !== undefined && VOWELS.has(previous)) return [['й', 0], ['и', 0.2, 'i after a vowel read as и']];
    // io, iu, ia are one letter (ё, ю, я) in the usual scheme; two letters is the less usual reading
    if (next === 'o' || next === 'u' || next === 'a') return [['и', 0.3, `i${next} read as и + ${SINGLE[next] ?? next}`]];
    return [['и', 0]];
  }],
  ['y', (previous) => (previous !== undefined && VOWELS.has(previous) ? [['й', 0]] : [['ы', 0.3, 'y read as ы'], ['й', 0.1]])],
  ["'", () => [['ь', 0]]],
  ['’', () => [['ь', 0]]],
  ['h', () => [['х', 0.2, 'h read as х']]],
  ['j', () => [['дж', 0.2, 'j read as дж'], ['дз', 0.3, 'j read as дз (Japanese j)']]],
  ['c', () => [['ц', 0.3, 'c read as ц'], ['к', 0.3, 'c read as к']]],
  ['w', () => [['в', 0.3, 'w read as в']]],
  ['x', () => [['кс', 0.5, 'x read as кс']]],
  ['q', () => [['к', 0.5, 'q read as к']]],
];

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', v: 'в', g: 'г', d: 'д', z: 'з', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', t: 'т', u: 'у', f: 'ф',
};

/** Lower case, macrons and other marks removed; hyphens and spaces kept as part boundaries ("-"). */
export function plainLatin(spelling: string): string {
  return spelling
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s\u2010-\u2015-]+/g, '-')
    .replace(/[^a-z'’-]/g, '')
    .replace(/^-+|-+$/g, '');
}

/**
 * All readings of the spelling as Cyrillic, cheapest first, at most `limit`. A hyphen or space is a boundary
 * that no letter group crosses ("Tok-heiri" is Ток-хэйри, not То-хэйри); it is not written in the result.
 */
export function latinToCyrillic(spelling: string, limit = 12): CyrillicHypothesis[] {
  const parts = plainLatin(spelling).split('-').filter((part) => part.length > 0);
  if (parts.length === 0 || parts.join('').length > 40) return [];
  let whole: CyrillicHypothesis[] = [{ cyrillic: '', cost: 0, notes: [] }];
  for (const part of parts) {
    const readings = partToCyrillic(part, limit);
    whole = whole
      .flatMap((head) => readings.map((tail) => ({ cyrillic: head.cyrillic + tail.cyrillic, cost: head.cost + tail.cost, notes: [...head.notes, ...tail.notes] })))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, limit);
  }
  return whole;
}

function partToCyrillic(latin: string, limit: number): CyrillicHypothesis[] {
  let partial: CyrillicHypothesis[] = [{ cyrillic: '', cost: 0, notes: [] }];
  // Positions reached, each with the hypotheses that reach it (a small lattice, pruned per position).
  const atPosition = new Map<number, CyrillicHypothesis[]>([[0, partial]]);
  for (let position = 0; position < latin.length; position++) {
    partial = atPosition.get(position) ?? [];
    if (partial.length === 0) continue;
    const previous = position > 0 ? latin[position - 1] : undefined;
    const moves: Array<readonly [number, Option]> = [];
    for (const [group, options] of GROUPS) {
      if (latin.startsWith(group, position)) for (const option of options(previous, latin[position + group.length])) moves.push([group.length, option]);
    }
    const letter = latin[position] ?? '';
    const single = SINGLE[letter];
    if (single !== undefined && !moves.some(([length]) => length === 1)) moves.push([1, [single, 0]]);
    if (moves.length === 0) moves.push([1, ['', 0.5, `“${letter}” has no Cyrillic reading`]]);
    for (const [length, [cyrillic, cost, note]] of moves) {
      const target = position + length;
      const list = atPosition.get(target) ?? [];
      for (const hypothesis of partial) {
        list.push({ cyrillic: hypothesis.cyrillic + cyrillic, cost: hypothesis.cost + cost, notes: note ? [...hypothesis.notes, note] : hypothesis.notes });
      }
      list.sort((a, b) => a.cost - b.cost);
      atPosition.set(target, dedupe(list).slice(0, limit));
    }
  }
  return (atPosition.get(latin.length) ?? []).slice(0, limit);
}

function dedupe(list: CyrillicHypothesis[]): CyrillicHypothesis[] {
  const seen = new Set<string>();
  return list.filter((hypothesis) => (seen.has(hypothesis.cyrillic) ? false : (seen.add(hypothesis.cyrillic), true)));
}
