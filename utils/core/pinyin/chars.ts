/** pinyin-pro's readings of single characters, the most common first, with tone marks. */
export interface CharTable {
  /** Every reading of `char`; empty for characters it does not know (non-Han, rare extension-B ones). */
  readings(char: string): readonly string[];
  /** The reading listed first, or undefined when there is none. */
  first(char: string): string | undefined;
}

/**
 * pinyin-pro's character table, read one character at a time: a character's line is found in the
 * text when it is first asked for (each character is listed once, after the line's `|`), and kept.
 * Nothing is indexed up front, so a worker just started reads its first card without building a
 * 21,000-entry map first (≈ 8 ms). It ships as a generated string (scripts/build-char-table.ts)
 * rather than through pinyin-pro's import, which builds the table from a large object literal as
 * soon as it is loaded.
 *
 * Only the character table comes from pinyin-pro: the word dictionary and segmentation are ours
 * (dictionary.ts, lattice.ts), so pinyin-pro's own segmenter and its 4.6 MB automaton are never built.
 */
export function createCharTable(text: string): CharTable {
  const known = new Map<string, readonly string[]>();
  const NONE: readonly string[] = Object.freeze([]);
  const find = (char: string): readonly string[] => {
    // Every listed character is CJK (the readings are Latin), and a lone surrogate would match half of one.
    if (!(char.codePointAt(0)! >= 0x2e80) || !/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])$/.test(char)) return NONE;
    for (let at = text.indexOf(char); at >= 0; at = text.indexOf(char, at + 1)) {
      const start = text.lastIndexOf('\n', at) + 1;
      const bar = text.indexOf('|', start);
      if (bar < 0 || at <= bar) continue;
      return Object.freeze(text.slice(start, bar).split(' '));
    }
    return NONE;
  };
  const readings = (char: string) => {
    let found = known.get(char);
    if (!found) known.set(char, (found = find(char)));
    return found;
  };
  return { readings, first: (char) => readings(char)[0] };
}
