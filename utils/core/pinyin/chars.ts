/** pinyin-pro's readings of single characters, the most common first, with tone marks. */
export interface CharTable {
  /** Every reading of `char`; empty for characters it does not know (non-Han, rare extension-B ones). */
  readings(char: string): readonly string[];
  /** The reading listed first, or undefined when there is none. */
  first(char: string): string | undefined;
}

/**
 * Indexes pinyin-pro's character table on first use (a few ms). It ships as a generated string
 * (scripts/build-char-table.ts) rather than through pinyin-pro's import, which builds the table
 * from a large object literal as soon as it is loaded.
 *
 * Only the character table comes from pinyin-pro: the word dictionary and segmentation are ours
 * (dictionary.ts, lattice.ts), so pinyin-pro's own segmenter and its 4.6 MB automaton are never built.
 */
export function createCharTable(text: string): CharTable {
  let table: Map<string, readonly string[]> | undefined;
  const index = () => {
    if (table) return table;
    table = new Map();
    for (const line of text.split('\n')) {
      const bar = line.indexOf('|');
      const readings = Object.freeze(line.slice(0, bar).split(' '));
      for (const char of line.slice(bar + 1)) table.set(char, readings);
    }
    return table;
  };
  const readings = (char: string) => index().get(char) ?? [];
  return { readings, first: (char) => readings(char)[0] };
}
