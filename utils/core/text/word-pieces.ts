/** A stretch of a text: a word to point at (a glossary term whole), or the text between words. */
export interface TextPiece {
  text: string;
  start: number;
  /** Something to point at: a word with Han in it, or a glossary term. */
  word: boolean;
  /** A glossary term, whole: it is marked and reachable with Tab. */
  term: boolean;
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Words with some spans made whole (glossary terms, personal names): the words overlapping a whole
 * span give way to it, and of overlapping whole spans the first stands. In order, never overlapping.
 */
export function wholeSpans<W extends Span>(words: readonly W[], whole: readonly Span[]): ((W & { term: false }) | (Span & { term: true }))[] {
  const kept: (Span & { term: true })[] = [];
  for (const span of [...whole].sort((a, b) => a.start - b.start)) {
    const last = kept[kept.length - 1];
    if (!last || last.end <= span.start) kept.push({ start: span.start, end: span.end, term: true });
  }
  if (kept.length === 0) return words.map((word) => ({ ...word, term: false as const }));
  const spans: ((W & { term: false }) | (Span & { term: true }))[] = [...kept];
  for (const word of words) if (!kept.some((span) => word.start < span.end && span.start < word.end)) spans.push({ ...word, term: false });
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Cuts a text into pieces that read back exactly as the text: each glossary term one piece, and the
 * segmenter's words elsewhere, so that a term is never marked by its first word alone (七 of 七大攻坚).
 * Words overlapping a term are left out; `isWord` says which other words can be pointed at.
 */
export function wordPieces(text: string, words: readonly Span[], terms: readonly Span[], isWord: (word: string) => boolean): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const span of wholeSpans(words, terms)) {
    if (span.start > at) pieces.push({ text: text.slice(at, span.start), start: at, word: false, term: false });
    const piece = text.slice(span.start, span.end);
    pieces.push({ text: piece, start: span.start, word: span.term || isWord(piece), term: span.term });
    at = span.end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), start: at, word: false, term: false });
  return pieces;
}
