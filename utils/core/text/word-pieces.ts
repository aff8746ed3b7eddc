/** A stretch of a text: a word to point at (a glossary term whole), or the text between words. */
export interface TextPiece {
  text: string;
  start: number;
  /** Something to point at: a word with Han in it, or a glossary term. */
  word: boolean;
  /** A glossary term, whole: it is marked and reachable with Tab. */
  term: boolean;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Cuts a text into pieces that read back exactly as the text: each glossary term one piece, and the
 * segmenter's words elsewhere, so that a term is never marked by its first word alone (七 of 七大攻坚).
 * Words overlapping a term are left out; `isWord` says which other words can be pointed at.
 */
export function wordPieces(text: string, words: readonly Span[], terms: readonly Span[], isWord: (word: string) => boolean): TextPiece[] {
  const spans: (Span & { term: boolean })[] = terms.map((term) => ({ ...term, term: true }));
  for (const word of words) if (!terms.some((term) => word.start < term.end && term.start < word.end)) spans.push({ ...word, term: false });
  spans.sort((a, b) => a.start - b.start);
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at) continue; // overlapping terms: the first one wins
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), start: at, word: false, term: false });
    const piece = text.slice(span.start, span.end);
    pieces.push({ text: piece, start: span.start, word: span.term || isWord(piece), term: span.term });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, word: false, term: false });
  return pieces;
}
