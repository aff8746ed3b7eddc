import type { GlossaryEntry } from './types';

/**
 * The background holds the glossary's matcher forms (worked out at build time) but not its entries:
 * their texts are nine tenths of the glossary's bytes, so they ship as package files of their own,
 * each read when a card or a scan first needs an entry in it, and a stopped service worker has less
 * script to load before its first card.
 */

/**
 * The entries ship in this many files, each entry in the one its id hashes to (entryShardOf), so that
 * a card on a term after a cold start reads one small file (~40 KB) instead of every entry (~1.3 MB:
 * fetched and parsed, 20–30 ms of the first card's path in Chromium).
 */
export const ENTRY_SHARD_COUNT = 32;

/** Where the build puts entry file `shard` in the extension (build/glossary-assets.ts). */
export function entryShardPath(shard: number): `/glossary/entries/${string}.json` {
  return `/glossary/entries/${String(shard).padStart(2, '0')}.json`;
}

/** The file an entry id is in: FNV-1a over its UTF-16 code units. */
export function entryShardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return hash % ENTRY_SHARD_COUNT;
}

/** One entries file: the entries whose ids hash to `shard`. */
export interface EntriesFile {
  version: 2;
  shard: number;
  entries: GlossaryEntry[];
}

/** Every entries file, by shard. */
export function entriesFiles(entries: readonly GlossaryEntry[]): EntriesFile[] {
  const files = Array.from({ length: ENTRY_SHARD_COUNT }, (_, shard): EntriesFile => ({ version: 2, shard, entries: [] }));
  for (const entry of entries) files[entryShardOf(entry.id)]!.entries.push(entry);
  return files;
}

/** Entries that come later: none is given out until the file that holds it has been read. */
export interface LazyEntries {
  /** The entry, once its file is here; undefined before. */
  entry(id: string): GlossaryEntry | undefined;
  /** Reads the files that hold `ids` (every file when none are given) if they are not here; false when one cannot be (the next call tries it again). */
  load(ids?: Iterable<string>): Promise<boolean>;
}

/** The entries of `value`, when it is entries file `shard` holding every one of `ids` (with its gloss). */
function entriesOf(value: unknown, shard: number, ids: readonly string[]): GlossaryEntry[] | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const file = value as Partial<EntriesFile>;
  if (file.version !== 2 || file.shard !== shard || !Array.isArray(file.entries)) return undefined;
  const found: GlossaryEntry[] = [];
  for (const entry of file.entries as unknown[]) {
    const { id, gloss_en } = (entry ?? {}) as Partial<GlossaryEntry>;
    if (typeof id === 'string' && typeof gloss_en === 'string' && entryShardOf(id) === shard) found.push(entry as GlossaryEntry);
  }
  const have = new Set(found.map((entry) => entry.id));
  return ids.every((id) => have.has(id)) ? found : undefined;
}

/**
 * The entries named `ids`, each file read once by `read` (fetched and parsed) when an entry in it is
 * first wanted; `report` hears a file that cannot be read or does not hold its entries.
 *
 * @example const entries = createLazyEntries(ids, (shard) => fetch(entryShardPath(shard)).then((r) => r.json()), console.error); await entries.load(['shi-si-wu']); entries.entry('shi-si-wu')
 */
export function createLazyEntries(ids: Iterable<string>, read: (shard: number) => Promise<unknown>, report: (error: unknown) => void): LazyEntries {
  const wanted = Array.from({ length: ENTRY_SHARD_COUNT }, (): string[] => []);
  for (const id of new Set(ids)) wanted[entryShardOf(id)]!.push(id);
  const byId = new Map<string, GlossaryEntry>();
  const loading = new Map<number, Promise<boolean>>();
  const loadShard = (shard: number): Promise<boolean> => {
    let done = loading.get(shard);
    if (!done) {
      done = read(shard)
        .then((file) => {
          const entries = entriesOf(file, shard, wanted[shard]!);
          if (!entries) throw new Error(`ZhuDu: glossary entries file ${shard} does not fit this build`);
          for (const entry of entries) byId.set(entry.id, entry);
          return true;
        })
        .catch((error: unknown) => {
          report(error);
          loading.delete(shard);
          return false;
        });
      loading.set(shard, done);
    }
    return done;
  };
  return {
    entry: (id) => byId.get(id),
    async load(ids) {
      const shards = ids ? new Set([...ids].map(entryShardOf)) : wanted.keys();
      const loaded = await Promise.all([...shards].map(loadShard));
      return loaded.every(Boolean);
    },
  };
}
