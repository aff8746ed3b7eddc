/**
 * The user's own readings ("fix this reading"): a word and the syllables it should read as, tone
 * marks, one syllable per Han character. They win over every rule and dictionary, everywhere.
 * Kept apart from checking them (corrections.ts), which needs the syllable inventory: the page only
 * draws corrections, and its script should not carry or build that inventory.
 */
export type Corrections = ReadonlyMap<string, string>;

/** Where corrected words occur in a text, longest first at each position, left to right. */
export function correctionSpans(text: string, corrections: Corrections): { start: number; word: string; syllables: string[] }[] {
  if (corrections.size === 0) return [];
  const longest = Math.max(...[...corrections.keys()].map((word) => word.length));
  const spans: { start: number; word: string; syllables: string[] }[] = [];
  for (let i = 0; i < text.length; ) {
    let found = '';
    for (let length = Math.min(longest, text.length - i); length >= 1 && !found; length--) {
      if (corrections.has(text.slice(i, i + length))) found = text.slice(i, i + length);
    }
    if (found) {
      spans.push({ start: i, word: found, syllables: corrections.get(found)!.split(' ') });
      i += found.length;
    } else {
      i++;
    }
  }
  return spans;
}
