import { MAX_WORD, scanWordBytes, STOP_WORDS } from './english-words';
import { FIELD_END, FREQUENCY_UNKNOWN, LABEL_CODES, PROPER_CODE, type PackedDictionary } from './format';
import { createWordTable, type WordTable } from './word-table';

/**
 * English word → the entries whose senses hold it, built from the packed bytes on the first English
 * search (the popup's, in the background). Typed arrays only: the words are one ASCII byte array,
 * sorted, found by binary search; each word's entries are gaps between line numbers, as varints
 * (most gaps fit one byte, a third of a Uint32Array). No string is made for a word of the data.
 */
export interface EnglishIndex {
  /** Entries (line numbers, ascending) whose senses hold `word` (lower case, singular); empty when none. */
  postings(word: string): Uint32Array;
  /**
   * A rank of each entry before any query, lower first: rare words, proper nouns, variants, long
   * words and entries with few senses last. Breaks ties and picks which entries a common word scores.
   */
  prior: Uint8Array;
  /** Bytes held by the index's arrays. */
  bytes: number;
}

export function buildEnglishIndex(packed: PackedDictionary): EnglishIndex {
  const table = createWordTable();
  const scratch = new Uint8Array(MAX_WORD);
  // Function words take the first ids, so that one compare leaves them out.
  for (const stop of STOP_WORDS) {
    for (let i = 0; i < stop.length; i++) scratch[i] = stop.charCodeAt(i);
    table.idOf(scratch, stop.length);
  }
  const collected = collectWords(packed, table, scratch);
  const { firstIndexed, counts } = collected;
  const wordCount = table.size() - firstIndexed;

  // Words in byte order (rank), each with its run of entries.
  const byRank = new Uint32Array(wordCount).map((_, i) => i + firstIndexed).sort((a, b) => table.compare(a, b));
  const rankOf = new Uint32Array(wordCount);
  const wordStarts = new Uint32Array(wordCount + 1);
  const listStarts = new Uint32Array(wordCount + 1);
  byRank.forEach((id, rank) => {
    rankOf[id - firstIndexed] = rank;
    wordStarts[rank + 1] = wordStarts[rank]! + table.bytes(id).length;
    listStarts[rank + 1] = listStarts[rank]! + counts[id - firstIndexed]!;
  });
  const wordText = new Uint8Array(wordStarts[wordCount]!);
  byRank.forEach((id, rank) => wordText.set(table.bytes(id), wordStarts[rank]!));
  const lists = new Uint32Array(listStarts[wordCount]!);
  const cursor = listStarts.slice(0, wordCount);
  const { found, lineEnds } = collected;
  for (let line = 0, at = 0; line < lineEnds.length; line++) {
    for (; at < lineEnds[line]!; at++) lists[cursor[rankOf[found[at]!]!]!++] = line;
  }
  const { gaps, gapStarts } = encodeGaps(lists, listStarts);
  return englishIndexOver(wordText, wordStarts, gaps, gapStarts, collected.prior);
}

/**
 * The index over its finished arrays. A function of its own so that its closure holds only these:
 * one made inside buildEnglishIndex would keep the whole build (word table, counts) alive with it.
 */
function englishIndexOver(wordText: Uint8Array, wordStarts: Uint32Array, gaps: Uint8Array, gapStarts: Uint32Array, prior: Uint8Array): EnglishIndex {
  const empty = new Uint32Array(0);
  return {
    postings(word) {
      const rank = findWord(wordText, wordStarts, word);
      return rank < 0 ? empty : decodeGaps(gaps, gapStarts[rank]!, gapStarts[rank + 1]!);
    },
    prior,
    bytes: wordText.byteLength + wordStarts.byteLength + gapStarts.byteLength + gaps.byteLength + prior.byteLength,
  };
}

interface Collected {
  /** Table ids below this are function words. */
  firstIndexed: number;
  /** Entries holding each word, by table id − firstIndexed. */
  counts: Uint32Array;
  /** Table ids − firstIndexed, line after line, each once per line. */
  found: Uint32Array;
  /** found[lineEnds[line − 1], lineEnds[line]) are the words of `line`. */
  lineEnds: Uint32Array;
  prior: Uint8Array;
}

/** One pass over the senses of every line: the words each line holds, and its prior rank. */
function collectWords(packed: PackedDictionary, table: WordTable, scratch: Uint8Array): Collected {
  const { offsets, text } = packed;
  const entries = packed.info.entries;
  const firstIndexed = table.size();
  // Mutable state in one object: faster in V8 than variables a closure writes to.
  const state = {
    line: 0,
    size: 0,
    counts: new Uint32Array(1 << 16),
    lastLine: new Int32Array(1 << 16).fill(-1),
    found: new Uint32Array(1 << 20),
  };
  const take = (word: Uint8Array, length: number): void => {
    if (length < 2) return;
    const id = table.idOf(word, length) - firstIndexed;
    if (id < 0) return;
    if (id >= state.counts.length) {
      state.counts = grow(state.counts, new Uint32Array(state.counts.length * 2));
      state.lastLine = grow(state.lastLine, new Int32Array(state.lastLine.length * 2).fill(-1));
    }
    if (state.lastLine[id] === state.line) return;
    state.lastLine[id] = state.line;
    state.counts[id]!++;
    if (state.size === state.found.length) state.found = grow(state.found, new Uint32Array(state.found.length * 2));
    state.found[state.size++] = id;
  };
  const lineEnds = new Uint32Array(entries);
  const prior = new Uint8Array(entries);
  for (let line = 0; line < entries; line++) {
    state.line = line;
    const fields = fieldStarts(text, offsets[line]!);
    scanWordBytes(text, fields[3], fields[4] - 1, scratch, take);
    lineEnds[line] = state.size;
    prior[line] = priorOf(text, offsets[line]!, fields, packed.frequency[line]!);
  }
  return { firstIndexed, counts: state.counts, found: state.found, lineEnds, prior };
}

/** Where the five fields of the line at `start` begin; [4] is the classifiers, the senses end one before. */
function fieldStarts(text: Uint8Array, start: number): [number, number, number, number, number] {
  const starts: [number, number, number, number, number] = [start, 0, 0, 0, 0];
  let at = start;
  for (let field = 1; field < 5; field++) {
    while (text[at] !== FIELD_END) at++;
    starts[field] = ++at;
  }
  return starts;
}

const PROPER = PROPER_CODE.charCodeAt(0);
const VARIANT = LABEL_CODES.variant.charCodeAt(0);
const SENSE_SEPARATOR = 0x2f; // '/'
const GLOSS_SEPARATOR = 0x3b; // ';'

/**
 * See EnglishIndex.prior: 0 for a two-character word as common as 的 with five or more senses, up to
 * 255. Frequency counts most; a word missing from the frequency list is taken as rare.
 */
function priorOf(text: Uint8Array, start: number, fields: readonly number[], frequency: number): number {
  let chars = 0;
  for (let i = start; i < fields[1]! - 1; i++) if ((text[i]! & 0xc0) !== 0x80) chars++;
  let proper = false;
  let variant = false;
  for (let i = fields[2]!; i < fields[3]! - 1; i++) {
    if (text[i] === PROPER) proper = true;
    if (text[i] === VARIANT) variant = true;
  }
  // Senses and the glosses within them ("to discuss; to talk over"): how many meanings the word has.
  let senses = 1;
  for (let i = fields[3]!; i < fields[4]! - 1; i++) if (text[i] === SENSE_SEPARATOR || text[i] === GLOSS_SEPARATOR) senses++;
  const rarity = frequency === FREQUENCY_UNKNOWN ? 50 : Math.min(50, Math.max(0, frequency - 65));
  const prior = rarity + (proper ? 40 : 0) + (variant ? 60 : 0) + Math.abs(chars - 2) * 4 + (5 - Math.min(senses, 5)) * 2;
  return Math.min(prior, 255);
}

/** Each run of ascending line numbers as varint gaps from the one before (the first from 0). */
function encodeGaps(lists: Uint32Array, starts: Uint32Array): { gaps: Uint8Array; gapStarts: Uint32Array } {
  const gapStarts = new Uint32Array(starts.length);
  for (let word = 0; word + 1 < starts.length; word++) {
    let size = 0;
    for (let i = starts[word]!, previous = 0; i < starts[word + 1]!; previous = lists[i++]!) size += varintLength(lists[i]! - previous);
    gapStarts[word + 1] = gapStarts[word]! + size;
  }
  const gaps = new Uint8Array(gapStarts[starts.length - 1]!);
  let at = 0;
  for (let word = 0; word + 1 < starts.length; word++) {
    for (let i = starts[word]!, previous = 0; i < starts[word + 1]!; previous = lists[i++]!) {
      let gap = lists[i]! - previous;
      while (gap >= 0x80) {
        gaps[at++] = (gap & 0x7f) | 0x80;
        gap >>>= 7;
      }
      gaps[at++] = gap;
    }
  }
  return { gaps, gapStarts };
}

function decodeGaps(gaps: Uint8Array, start: number, end: number): Uint32Array {
  const lines: number[] = [];
  let line = 0;
  for (let at = start; at < end; ) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = gaps[at++]!;
      gap |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    line += gap;
    lines.push(line);
  }
  return Uint32Array.from(lines);
}

function varintLength(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : 3;
}

/** The rank of `word` among the sorted words, −1 when it is not one. */
function findWord(wordText: Uint8Array, wordStarts: Uint32Array, word: string): number {
  let lo = 0;
  let hi = wordStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const order = compareAscii(wordText, wordStarts[mid]!, wordStarts[mid + 1]!, word);
    if (order === 0) return mid;
    if (order < 0) lo = mid + 1;
    else hi = mid;
  }
  return -1;
}

function compareAscii(text: Uint8Array, start: number, end: number, word: string): number {
  const length = Math.min(end - start, word.length);
  for (let i = 0; i < length; i++) {
    const diff = text[start + i]! - word.charCodeAt(i);
    if (diff !== 0) return diff;
  }
  return end - start - word.length;
}

function grow<T extends Uint32Array | Int32Array>(array: T, bigger: T): T {
  bigger.set(array);
  return bigger;
}
