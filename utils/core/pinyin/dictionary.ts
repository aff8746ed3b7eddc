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
  /** Parses every line now, for a caller that wants the whole cost paid up front; returns the word count. */
  load(): number;
}

/** The lines of the words that start with one character. */
interface Bucket {
  /** word → the rest of its line, decoded only when the word is chosen. */
  lines: Map<string, string>;
  /** The longest word that starts with each pair of characters. */
  longestFrom: Map<string, number>;
}

/** The start of the first line at or after `at` (the text's length when there is none). */
function lineStartFrom(text: string, at: number): number {
  if (at <= 0) return 0;
  const newline = text.indexOf('\n', at - 1);
  return newline < 0 ? text.length : newline + 1;
}

/** Where the first line whose word starts with a code unit ≥ `unit` begins; the lines are sorted by word. */
function firstLineFrom(text: string, unit: number): number {
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = lineStartFrom(text, mid);
    if (start < text.length && text.charCodeAt(start) < unit) lo = start + 1;
    else hi = mid;
  }
  return lineStartFrom(text, lo);
}

/** The lines of the words that start with code unit `unit`, found by binary search and parsed. */
function bucketOf(text: string, unit: number): Bucket {
  const lines = new Map<string, string>();
  const longestFrom = new Map<string, number>();
  const end = firstLineFrom(text, unit + 1);
  for (let at = firstLineFrom(text, unit); at < end; ) {
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const space = text.indexOf(' ', at);
    const word = text.slice(at, space);
    lines.set(word, text.slice(space + 1, lineEnd));
    // Dictionary words are BMP Han characters (the generator checks), so length counts characters.
    const pair = word.slice(0, 2);
    if ((longestFrom.get(pair) ?? 0) < word.length) longestFrom.set(pair, word.length);
    at = lineEnd + 1;
  }
  return { lines, longestFrom };
}

/** One line per cost, `cost chars` (`61 了`): the frequency of a character on its own. */
function parseCharCosts(text: string): Map<string, number> {
  const charCosts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ');
    const cost = parseInt(line, 10) / 10;
    for (const char of line.slice(space + 1)) charCosts.set(char, cost);
  }
  return charCosts;
}

/**
 * The word dictionary over `tables`. Nothing is parsed up front: the words that start with a
 * character are parsed the first time a text has that character (the lines are sorted, so they are
 * found by binary search). A worker just started reads its first card without parsing the ~20,000
 * lines first (≈ 10 ms).
 */
export function createWordDictionary(tables: PinyinTables, chars: CharTable): WordDictionary {
  const buckets = new Map<number, Bucket>();
  let charCosts: Map<string, number> | undefined;
  // The segmenter asks for every word that starts at a place in turn: the last bucket is asked for again and again.
  let lastUnit = -1;
  let last: Bucket | undefined;
  const bucket = (word: string): Bucket => {
    const unit = word.charCodeAt(0);
    if (unit === lastUnit) return last!;
    let found = buckets.get(unit);
    if (!found) buckets.set(unit, (found = bucketOf(tables.words, unit)));
    lastUnit = unit;
    return (last = found);
  };
  const lineOf = (word: string) => (word ? bucket(word).lines.get(word) : undefined);
  return {
    cost(word) {
      const line = lineOf(word);
      return line === undefined ? undefined : parseInt(line, 10) / 10;
    },
    charCost(char) {
      return (charCosts ??= parseCharCosts(tables.charCosts)).get(char) ?? UNKNOWN_COST;
    },
    longestFrom(pair) {
      return pair ? (bucket(pair).longestFrom.get(pair) ?? 0) : 0;
    },
    syllables(word) {
      const line = lineOf(word);
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
    load() {
      let count = 0;
      const { words } = tables;
      for (let at = 0; at < words.length; at = firstLineFrom(words, words.charCodeAt(at) + 1)) count += bucket(words.charAt(at)).lines.size;
      return count;
    },
  };
}
