import type { CharTable } from './chars';
import { UNKNOWN_COST, type WordSource } from './lattice';
import type { PinyinTables } from './tables';

/**
 * The word dictionary: @pinyin-pro/data's complete dictionary and pinyin-pro's built-in words,
 * pruned at build time (scripts/build-pinyin-data.ts) to the words that matter for reading.
 *
 * Each line of the generated data is `word cost syllables`: cost is −log10 of the word's frequency
 * in tenths (2e-8 → 77), and each syllable is either written out or `=`, meaning "pinyin-pro's first
 * reading of that character". Lines without syllables are words read exactly as their characters
 * are by default; they stay so that they win the segmentation against a wrong overlapping word.
 */

/** How a dictionary word reads, one syllable per character. */
export interface WordSyllables {
  syllables: string[];
  /**
   * Which syllables the data writes out. Only matters for 一 and 不: a written-out syllable is the
   * dictionary's own (一期 yī qī), a default one leaves the tone to the sandhi rule (一样 → yí).
   */
  explicit: boolean[];
}

export interface WordDictionary extends WordSource {
  syllables(word: string): WordSyllables | undefined;
  /** Parses the data now (≈ 10 ms) for a caller that wants to pay the cost up front; returns the word count. */
  load(): number;
}

interface Index {
  /** word → the rest of its line, decoded only when the word is chosen. */
  lines: Map<string, string>;
  longestFrom: Map<string, number>;
  charCosts: Map<string, number>;
}

function buildIndex(tables: PinyinTables): Index {
  const words = tables.words;
  const lines = new Map<string, string>();
  const longestFrom = new Map<string, number>();
  let at = 0;
  while (at < words.length) {
    let end = words.indexOf('\n', at);
    if (end < 0) end = words.length;
    const space = words.indexOf(' ', at);
    const word = words.slice(at, space);
    lines.set(word, words.slice(space + 1, end));
    // Dictionary words are BMP Han characters (the generator checks), so length counts characters.
    const pair = word.slice(0, 2);
    if ((longestFrom.get(pair) ?? 0) < word.length) longestFrom.set(pair, word.length);
    at = end + 1;
  }
  // One line per cost, `cost chars` (`61 了`): the frequency of a character on its own.
  const charCosts = new Map<string, number>();
  for (const line of tables.charCosts.split('\n')) {
    const space = line.indexOf(' ');
    const cost = parseInt(line, 10) / 10;
    for (const char of line.slice(space + 1)) charCosts.set(char, cost);
  }
  return { lines, longestFrom, charCosts };
}

/** The word dictionary over `tables`, parsed on first use so that making it costs nothing. */
export function createWordDictionary(tables: PinyinTables, chars: CharTable): WordDictionary {
  let index: Index | undefined;
  const load = () => (index ??= buildIndex(tables));
  return {
    cost(word) {
      const line = load().lines.get(word);
      return line === undefined ? undefined : parseInt(line, 10) / 10;
    },
    charCost(char) {
      return load().charCosts.get(char) ?? UNKNOWN_COST;
    },
    longestFrom(pair) {
      return load().longestFrom.get(pair) ?? 0;
    },
    syllables(word) {
      const line = load().lines.get(word);
      if (line === undefined) return undefined;
      const fields = line.split(' ');
      const syllables: string[] = [];
      const explicit: boolean[] = [];
      [...word].forEach((char, i) => {
        const field = fields[i + 1];
        const written = field !== undefined && field !== '=';
        syllables.push(written ? field : (chars.first(char) ?? char));
        explicit.push(written);
      });
      return { syllables, explicit };
    },
    load: () => load().lines.size,
  };
}
