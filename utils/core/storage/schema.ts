import { checkCorrectionEntry, migrateCorrectionsV1 } from './corrections';
import { checkSettingsEntry, migrateSettingsV1 } from './settings';
import type { EntryCheck, Stamped, StampedRecord } from './stamped';

/**
 * How an item travels to the user's other browsers: `all` syncs the whole record; `newest` syncs the
 * most recent entries that fit one sync item (the rest stay in this browser, and are never deleted
 * by being absent from sync: only an entry's own newer write changes it).
 */
export type SyncPolicy = 'all' | 'newest';
/** What "Reset to defaults" does to an item: put its defaults back, or keep it (the user's own words). */
export type ResetPolicy = 'defaults' | 'keep';

export interface StoredItem {
  /** Its key in storage.local and storage.sync. */
  key: string;
  version: 2;
  sync: SyncPolicy;
  reset: ResetPolicy;
  /** Which entries may be kept; everything read from storage or sync is checked entry by entry. */
  check: EntryCheck;
  /** Keys version 1 used for this item, read once to migrate and then removed (WXT kept a `key$` for its version). */
  legacyKeys: readonly string[];
  /** The version-2 record made from what version 1 stored, by legacy key. */
  migrate(legacy: Readonly<Record<string, unknown>>): StampedRecord;
}

/** Every item ZhuDu stores. Nothing else is written to extension storage. */
export const STORED_ITEMS = {
  settings: {
    key: 'settings',
    version: 2,
    sync: 'all',
    reset: 'defaults',
    check: checkSettingsEntry,
    legacyKeys: ['settings', 'settings$', 'uiLanguage', 'uiLanguage$', 'lastHoverMode', 'lastHoverMode$'],
    migrate: (legacy) => migrateSettingsV1(legacy.settings, legacy.uiLanguage, legacy.lastHoverMode),
  },
  corrections: {
    key: 'corrections',
    version: 2,
    sync: 'newest',
    reset: 'keep',
    check: checkCorrectionEntry,
    legacyKeys: ['corrections', 'corrections$'],
    migrate: (legacy) => migrateCorrectionsV1(legacy.corrections),
  },
} as const satisfies Record<string, StoredItem>;

export type ItemName = keyof typeof STORED_ITEMS;
export const ITEM_NAMES = Object.keys(STORED_ITEMS) as ItemName[];

/** The keys that sync, derived from the schema. */
export const SYNCED_KEYS: readonly string[] = Object.values(STORED_ITEMS).map((item: StoredItem) => item.key);

/** chrome.storage.sync and Firefox both allow 8192 bytes per item, counted over the key and the JSON. */
export const SYNC_ITEM_BYTES = 8_192;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/** Whether a value fits one sync item under `key`. */
export function fitsSync(key: string, value: unknown): boolean {
  return utf8Length(key + JSON.stringify(value)) <= SYNC_ITEM_BYTES;
}

/**
 * What of a record goes to sync under the item's policy: the whole record, or its newest entries up
 * to one sync item (newest first, so the latest corrections and deletions always travel).
 */
export function syncCopy(item: StoredItem, record: StampedRecord): StampedRecord {
  if (item.sync === 'all' || fitsSync(item.key, record)) return record;
  const entries: Record<string, Stamped> = {};
  let bytes = utf8Length(item.key + JSON.stringify({ version: 2, entries: {} }));
  const newestFirst = Object.entries(record.entries).sort(([, a], [, b]) => b.at - a.at);
  for (const [key, stamp] of newestFirst) {
    const size = utf8Length(`${JSON.stringify(key)}:${JSON.stringify(stamp)},`);
    if (bytes + size > SYNC_ITEM_BYTES) break;
    entries[key] = stamp;
    bytes += size;
  }
  return { version: 2, entries };
}
