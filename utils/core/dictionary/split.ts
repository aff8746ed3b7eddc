import { FIELD_END, LABEL_CODES, openHeader, PROPER_CODE, readOffsets, writeSections, padTo4, type PackedDictionary } from './format';
import { DICT_LABELS, type DictionaryInfo, type DictLabel } from './types';

/**
 * The packed dictionary (format.ts) cut in two so that a cold start reads only what finding words
 * needs. Each line `word⇥rest⏎` is cut after its word's FIELD_END:
 *
 *   the headword file ("ZDCW"): the header and info (with `shards`, the first line of each shard and
 *     then the entry count), entries + 1 offsets, the frequency bytes, one kind byte per line (KIND_BITS:
 *     its labels and proper flag, which segmentation needs), and the text of `word⇥` lines: the same
 *     sort order, so headwords.ts searches it as it does the whole file;
 *   shard files ("ZDCS"), one per run of consecutive lines: info { first, lines }, lines + 1 offsets,
 *     and the rest of each line, `pinyin⇥flags⇥senses⇥classifiers⏎`.
 *
 * Joining a line's two parts gives back the line of the single file byte for byte.
 */
export const HEADWORD_MAGIC = 'ZDCW';
export const SHARD_MAGIC = 'ZDCS';
export const SPLIT_VERSION = 1;
/** The proper-noun bit of a kind byte; labels take bits 0–4 in DICT_LABELS order. */
export const PROPER_BIT = 1 << DICT_LABELS.length;

export interface HeadwordInfo extends DictionaryInfo {
  /** shards[i] is the first line of shard i; the last element is the entry count. */
  shards: number[];
}

/** The headword file opened: searchable like a PackedDictionary whose lines end after the word. */
export interface HeadwordFile extends PackedDictionary {
  info: HeadwordInfo;
  /** One byte per line: PROPER_BIT and a bit per label. */
  kinds: Uint8Array;
}

export interface Shard {
  /** The first line held. */
  first: number;
  /** offsets[i] is where line first + i starts in `text`. */
  offsets: Uint32Array;
  text: Uint8Array;
}

/** What a kind byte says: labels in DICT_LABELS order, and whether the reading is a proper noun. */
export function kindOf(byte: number): { labels: DictLabel[]; proper: boolean } {
  return { labels: DICT_LABELS.filter((_, bit) => byte & (1 << bit)), proper: (byte & PROPER_BIT) !== 0 };
}

/** The kind byte of a whole line (format.ts) that starts at `start` in `text`. */
export function lineKind(text: Uint8Array, start: number): number {
  let at = start;
  for (let field = 0; field < 2; field++) {
    while (text[at] !== FIELD_END) at++;
    at++;
  }
  let kind = 0;
  for (; text[at] !== FIELD_END; at++) {
    const code = String.fromCharCode(text[at]!);
    if (code === PROPER_CODE) kind |= PROPER_BIT;
    DICT_LABELS.forEach((label, bit) => {
      if (LABEL_CODES[label] === code) kind |= 1 << bit;
    });
  }
  return kind;
}

/** Where the word of line `line` ends, past its FIELD_END. */
function wordEnd(packed: PackedDictionary, line: number): number {
  let at = packed.offsets[line]!;
  while (packed.text[at] !== FIELD_END) at++;
  return at + 1;
}

/**
 * Cuts a packed dictionary into the headword file and shards of consecutive lines, a new shard
 * starting once the current one's rest-of-line text reaches `shardBytes`.
 */
export function splitPacked(packed: PackedDictionary, shardBytes: number): { headwords: Uint8Array; shards: Uint8Array[] } {
  const entries = packed.info.entries;
  const words: Uint8Array[] = [];
  const kinds = new Uint8Array(entries);
  const starts: number[] = [];
  const shards: Uint8Array[] = [];
  let rests: Uint8Array[] = [];
  let size = 0;
  const close = () => {
    shards.push(writeSections(SHARD_MAGIC, SPLIT_VERSION, { first: starts.at(-1)!, lines: rests.length }, rests, []));
    rests = [];
    size = 0;
  };
  for (let line = 0; line < entries; line++) {
    const start = packed.offsets[line]!;
    const cut = wordEnd(packed, line);
    words.push(packed.text.subarray(start, cut));
    kinds[line] = lineKind(packed.text, start);
    if (rests.length === 0) starts.push(line);
    rests.push(packed.text.subarray(cut, packed.offsets[line + 1]!));
    size += packed.offsets[line + 1]! - cut;
    if (size >= shardBytes) close();
  }
  if (rests.length > 0) close();
  const info: HeadwordInfo = { ...packed.info, shards: [...starts, entries] };
  return { headwords: writeSections(HEADWORD_MAGIC, SPLIT_VERSION, info, words, [packed.frequency, kinds]), shards };
}

/** Views over the headword file's bytes (nothing copied but misaligned offsets). */
export function openHeadwords(data: ArrayBuffer | Uint8Array): HeadwordFile {
  const opened = openHeader<HeadwordInfo>(data, HEADWORD_MAGIC, SPLIT_VERSION);
  const { info, bytes } = opened;
  const entries = info.entries;
  const offsets = readOffsets(opened, opened.at, entries + 1);
  const frequencyStart = opened.at + (entries + 1) * 4;
  const kindsStart = frequencyStart + padTo4(entries);
  const text = bytes.subarray(kindsStart + padTo4(entries));
  if (offsets[entries] !== text.length || info.shards.at(-1) !== entries) throw new Error('ZhuDu: the headword file is truncated');
  return { info, offsets, frequency: bytes.subarray(frequencyStart, frequencyStart + entries), kinds: bytes.subarray(kindsStart, kindsStart + entries), text };
}

/** Views over a shard's bytes; `expectFirst` and `expectLines` come from the headword file, so a stray file is refused. */
export function openShard(data: ArrayBuffer | Uint8Array, expectFirst: number, expectLines: number): Shard {
  const opened = openHeader<{ first: number; lines: number }>(data, SHARD_MAGIC, SPLIT_VERSION);
  const { first, lines } = opened.info;
  if (first !== expectFirst || lines !== expectLines) throw new Error(`ZhuDu: dictionary shard holds lines ${first}+${lines}, expected ${expectFirst}+${expectLines}`);
  const offsets = readOffsets(opened, opened.at, lines + 1);
  const text = opened.bytes.subarray(opened.at + (lines + 1) * 4);
  if (offsets[lines] !== text.length) throw new Error('ZhuDu: dictionary shard is truncated');
  return { first, offsets, text };
}

/** The shard that holds `line`: binary search over the shards' first lines. */
export function shardOf(info: HeadwordInfo, line: number): number {
  let lo = 0;
  let hi = info.shards.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (info.shards[mid]! <= line) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The rest of `line` (after its word, line end included) from its shard. */
export function restOf(shard: Shard, line: number): Uint8Array {
  const i = line - shard.first;
  return shard.text.subarray(shard.offsets[i]!, shard.offsets[i + 1]!);
}

/** The single-file layout back from the headword file and every shard (for the English and pinyin indexes). */
export function joinSplit(headwords: HeadwordFile, shards: readonly Shard[]): PackedDictionary {
  const entries = headwords.info.entries;
  const total = headwords.text.length + shards.reduce((sum, shard) => sum + shard.text.length, 0);
  const text = new Uint8Array(total);
  const offsets = new Uint32Array(entries + 1);
  let at = 0;
  for (const shard of shards) {
    for (let line = shard.first; line < shard.first + shard.offsets.length - 1; line++) {
      offsets[line] = at;
      const word = headwords.text.subarray(headwords.offsets[line]!, headwords.offsets[line + 1]!);
      text.set(word, at);
      at += word.length;
      const rest = restOf(shard, line);
      text.set(rest, at);
      at += rest.length;
    }
  }
  offsets[entries] = at;
  if (at !== total) throw new Error('ZhuDu: dictionary shards do not cover every line');
  const { shards: _, ...info } = headwords.info;
  return { info, offsets, frequency: headwords.frequency, text };
}
