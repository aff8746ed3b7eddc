/** Han characters, as the Unicode Script property defines them (all CJK extensions, 〇 included). */
const HAN = /\p{Script=Han}/u;

/** True when the single character (one code point) is a Han character. */
export function isHan(char: string): boolean {
  return HAN.test(char);
}

/** True when the text holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Counts Han characters (code points, so 𠮷 counts once). */
export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN.test(ch)) n++;
  return n;
}

/**
 * Ends of a sentence in Chinese news prose. A hovered word is read in the context of its sentence,
 * so the sentence must not run across these.
 */
const SENTENCE_END = /[。！？；!?;\n]/;

/** The [start, end) bounds of the sentence around `offset` in `text`; the end includes its stop mark. */
export function sentenceAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && !SENTENCE_END.test(text.charAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !SENTENCE_END.test(text.charAt(end))) end++;
  if (end < text.length) end++;
  return { start, end };
}
