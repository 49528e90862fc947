/**
 * Folding used to compare place names however they are typed: case, diacritics (ŏ, ō, ū), apostrophes
 * (' ’ ʼ ʻ `) and hyphens or dashes are ignored, runs of white space count as one space.
 */
const APOSTROPHES = /['\u2018\u2019\u02BC\u02BB\u0060\u00B4]/gu;
const HYPHENS = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/gu;
const MARKS = /\p{M}/gu;

export function foldCharacter(character: string): string {
  return character.normalize('NFKD').replace(MARKS, '').replace(APOSTROPHES, '').replace(HYPHENS, '').toLowerCase().replace(/\s/u, ' ');
}

export function foldName(name: string): string {
  return Array.from(name, foldCharacter).join('').replace(/ +/g, ' ').trim();
}

export interface FoldedText {
  folded: string;
  /** For each UTF-16 index of `folded`, the UTF-16 index in the original of the character it came from. */
  originalIndex: number[];
}

/** Folds a text and keeps, for every folded position, where it came from, so matches map back to exact offsets. */
export function foldWithOffsets(text: string): FoldedText {
  let folded = '';
  const originalIndex: number[] = [];
  let offset = 0;
  for (const character of text) {
    let piece = foldCharacter(character);
    // Collapse white-space runs the same way foldName does.
    if (piece === ' ' && folded.endsWith(' ')) piece = '';
    folded += piece;
    for (let i = 0; i < piece.length; i++) originalIndex.push(offset);
    offset += character.length;
  }
  originalIndex.push(offset);
  return { folded, originalIndex };
}
