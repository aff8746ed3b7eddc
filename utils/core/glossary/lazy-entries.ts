import type { GlossaryEntry } from './types';

/**
 * The background holds the glossary's matcher forms (worked out at build time) but not its entries:
 * their texts are nine tenths of the glossary's bytes, so they ship as a package file of their own,
 * read when a card or a scan first needs an entry, and a stopped service worker has less script to
 * load before its first card.
 */

/** Where the build puts the entries file in the extension (build/glossary-assets.ts). */
export const ENTRIES_FILE_PATH = '/glossary/entries.json';

/** The file of every entry. */
export interface EntriesFile {
  version: 1;
  entries: GlossaryEntry[];
}

export function entriesFile(entries: readonly GlossaryEntry[]): EntriesFile {
  return { version: 1, entries: [...entries] };
}

/** Entries that come later: none is given out until the entries file has been read. */
export interface LazyEntries {
  /** The entry, once the file is here; undefined before. */
  entry(id: string): GlossaryEntry | undefined;
  /** Reads the file if it is not here; false when it cannot be (the next call tries again). */
  load(): Promise<boolean>;
}

/** The entries of `value` by id, when it is an entries file holding every one of `ids` (with its gloss). */
function entriesOf(value: unknown, ids: ReadonlySet<string>): Map<string, GlossaryEntry> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { version, entries } = value as Partial<EntriesFile>;
  if (version !== 1 || !Array.isArray(entries)) return undefined;
  const byId = new Map<string, GlossaryEntry>();
  for (const entry of entries as unknown[]) {
    const { id, gloss_en } = (entry ?? {}) as Partial<GlossaryEntry>;
    if (typeof id === 'string' && typeof gloss_en === 'string') byId.set(id, entry as GlossaryEntry);
  }
  for (const id of ids) if (!byId.has(id)) return undefined;
  return byId;
}

/**
 * The entries named `ids`, read once by `read` (fetched and parsed); `report` hears a file that cannot
 * be read or does not hold them all.
 *
 * @example const entries = createLazyEntries(ids, () => fetch(url).then((r) => r.json()), console.error); await entries.load(); entries.entry('shi-si-wu')
 */
export function createLazyEntries(ids: Iterable<string>, read: () => Promise<unknown>, report: (error: unknown) => void): LazyEntries {
  const wanted = new Set(ids);
  let byId: Map<string, GlossaryEntry> | undefined;
  let loading: Promise<boolean> | undefined;
  return {
    entry: (id) => byId?.get(id),
    load() {
      loading ??= read()
        .then((file) => {
          byId = entriesOf(file, wanted);
          if (!byId) throw new Error('ZhuDu: the glossary entries file does not fit this build');
          return true;
        })
        .catch((error: unknown) => {
          report(error);
          loading = undefined;
          return false;
        });
      return loading;
    },
  };
}
