import { decodeEntry, decodeSplitEntry } from './entry';
import type { PackedDictionary } from './format';
import { joinSplit, lineKind, openShard, restOf, shardOf, type HeadwordFile, type Shard } from './split';
import type { DictEntry } from './types';

/** Fetches shard `index` of the split dictionary (in the extension, a file of its own package). */
export type FetchShard = (index: number) => Promise<ArrayBuffer | Uint8Array>;

/** What a line holds past its word: all of it at hand (one file), or shard by shard (split.ts). */
export interface LineDetails {
  /** The entry of `line`; throws when its shard has not been loaded. */
  decode(line: number): DictEntry;
  /** The kind byte of `line` (split.ts): its labels and proper flag, shard or no shard. */
  kind(line: number): number;
  /** Loads the shards of every line in the ranges [first, end); rejects when one cannot be read (it is tried again next time). */
  load(ranges: readonly (readonly [number, number])[]): Promise<void>;
  /** Every shard; `inTurn` fetches one at a time, so that a card's own fetch never queues behind many. */
  loadAll(inTurn?: boolean): Promise<void>;
  /** Every line whole, for the English and pinyin indexes; throws unless every shard is loaded. */
  whole(): PackedDictionary;
  /** Bytes of shards read so far (0 for one file). */
  bytesRead(): number;
}

/** Details of the single file: everything is already there. */
export function wholeDetails(packed: PackedDictionary): LineDetails {
  const decoder = new TextDecoder();
  return {
    decode: (line) => decodeEntry(packed, line, decoder),
    kind: (line) => lineKind(packed.text, packed.offsets[line]!),
    load: () => Promise.resolve(),
    loadAll: () => Promise.resolve(),
    whole: () => packed,
    bytesRead: () => 0,
  };
}

/**
 * Details read shard by shard, each once: a shard is fetched the first time a line of it is needed
 * and kept. Once every shard is here and the indexes ask for the whole text, the shards are joined
 * into it and dropped.
 */
export function shardedDetails(headwords: HeadwordFile, fetchShard: FetchShard): LineDetails {
  const { info } = headwords;
  const count = info.shards.length - 1;
  const decoder = new TextDecoder();
  const shards: (Shard | undefined)[] = Array.from({ length: count }, () => undefined);
  const pending = new Map<number, Promise<void>>();
  let joined: PackedDictionary | undefined;
  let read = 0;

  const loadShard = (index: number): Promise<void> => {
    if (joined || shards[index]) return Promise.resolve();
    let loading = pending.get(index);
    if (!loading) {
      const first = info.shards[index]!;
      loading = fetchShard(index)
        .then((bytes) => {
          shards[index] = openShard(bytes, first, info.shards[index + 1]! - first);
          read += bytes.byteLength;
        })
        .finally(() => pending.delete(index));
      pending.set(index, loading);
    }
    return loading;
  };

  const shardFor = (line: number): Shard => {
    if (!(line >= 0 && line < info.entries)) throw new RangeError(`ZhuDu: no dictionary line ${line}`);
    const index = shardOf(info, line);
    const shard = shards[index];
    if (!shard) throw new Error(`ZhuDu: dictionary line ${line} is in shard ${index}, which is not loaded (load its lines first)`);
    return shard;
  };

  return {
    decode(line) {
      if (joined) return decodeEntry(joined, line, decoder);
      return decodeSplitEntry(headwords, restOf(shardFor(line), line), line, decoder);
    },
    kind: (line) => headwords.kinds[line]!,
    async load(ranges) {
      const wanted = new Set<number>();
      for (const [first, end] of ranges) {
        if (first >= end) continue;
        for (let index = shardOf(info, first); index <= shardOf(info, end - 1); index++) wanted.add(index);
      }
      await Promise.all([...wanted].map(loadShard));
    },
    async loadAll(inTurn = false) {
      if (!inTurn) return void (await Promise.all(Array.from({ length: count }, (_, index) => loadShard(index))));
      for (let index = 0; index < count; index++) await loadShard(index);
    },
    whole() {
      if (!joined) {
        const missing = shards.findIndex((shard) => !shard);
        if (missing >= 0) throw new Error(`ZhuDu: dictionary shard ${missing} is not loaded (load every shard first)`);
        joined = joinSplit(headwords, shards as Shard[]);
        shards.fill(undefined);
      }
      return joined;
    },
    bytesRead: () => read,
  };
}
