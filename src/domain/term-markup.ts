/** A piece of introduction text: plain words, or words that stand for a glossary term. */
export type TextPiece = { kind: 'text'; text: string } | { kind: 'term'; termId: string; text: string | undefined };

const TERM_MARK = /\{\{([a-z0-9]+(?:-[a-z0-9]+)*)(?:\|([^{}|]+))?\}\}/g;

/**
 * Splits text with glossary marks, `{{term-id|shown words}}` or `{{term-id}}`, into pieces.
 * A term without shown words has `text: undefined`: the glossary's own label is shown.
 */
export function parseTermMarkup(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(TERM_MARK)) {
    const at = match.index;
    if (at > last) pieces.push({ kind: 'text', text: text.slice(last, at) });
    pieces.push({ kind: 'term', termId: match[1] ?? '', text: match[2] });
    last = at + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: 'text', text: text.slice(last) });
  return pieces;
}

/** Braces that are not a well-formed mark: a typo a historian should hear about, not a reader see. */
export function strayBraces(text: string): boolean {
  return /[{}]/.test(text.replace(TERM_MARK, ''));
}
