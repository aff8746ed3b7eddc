import type { GlossaryEntry } from './types';

/**
 * The glossary the running code uses: ZhuDu's own entries (entries.ts), installed rather than imported
 * for the same reason as the pinyin tables (pinyin/tables.ts): the content script never parses ~170 KB
 * of entries on a page load; the background installs the bundled copy (utils/core/bundled-data.ts),
 * finds the terms of a page's article and sends the entries it found (glossary/scan.ts).
 */
let entries: readonly GlossaryEntry[] | null = null;
let byId = new Map<string, GlossaryEntry>();

export function installGlossary(list: readonly GlossaryEntry[]): void {
  if (entries && entries !== list) throw new Error('ZhuDu: another glossary is already installed');
  entries = list;
  byId = new Map(list.map((entry) => [entry.id, entry]));
}

export function glossaryInstalled(): boolean {
  return entries !== null;
}

/** Every entry, sorted by id; throws when nothing installed them (a missing bundled-data import). */
export function glossaryEntries(): readonly GlossaryEntry[] {
  if (!entries) throw new Error('ZhuDu: the glossary is not installed (import utils/core/bundled-data, or load it from the background)');
  return entries;
}

/** The entry with this id, if any. */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}
