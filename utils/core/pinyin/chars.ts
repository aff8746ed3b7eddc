import { pinyinTables } from './tables';

let table: Map<string, readonly string[]> | undefined;

/**
 * pinyin-pro's character table, indexed on first use (a few ms). It ships as a generated string
 * (scripts/build-char-table.ts) rather than through pinyin-pro's import, which builds the table
 * from a large object literal as soon as it is loaded (see tables.ts).
 */
function charTable(): Map<string, readonly string[]> {
  if (table) return table;
  table = new Map();
  for (const line of pinyinTables().charTable.split('\n')) {
    const bar = line.indexOf('|');
    const readings = Object.freeze(line.slice(0, bar).split(' '));
    for (const char of line.slice(bar + 1)) table.set(char, readings);
  }
  return table;
}

/**
 * Every reading pinyin-pro's character table gives one character, the most common first, with tone
 * marks; empty for characters it does not know (non-Han, rare extension-B characters).
 *
 * Only pinyin-pro's character table is used here: the word dictionary and segmentation are ours
 * (see dictionary.ts, lattice.ts), so pinyin-pro's own segmenter (and the 4.6 MB automaton it
 * builds on first use) is never needed.
 */
export function charReadings(char: string): readonly string[] {
  return charTable().get(char) ?? [];
}

/** The reading pinyin-pro lists first for a character, or undefined when it has none. */
export function firstReading(char: string): string | undefined {
  return charReadings(char)[0];
}
