import { browser } from '#imports';
import { correctionsOf, savedCorrections, type SavedCorrection } from '../core/storage/corrections';
import { STORED_ITEMS, type ItemName, type StoredItem } from '../core/storage/schema';
import { settingsOf, type Settings } from '../core/storage/settings';
import { EMPTY_RECORD, isStampedRecord, mergeRecords, type StampedRecord } from '../core/storage/stamped';

/**
 * Reading ZhuDu's stored items, from any part of the extension. Only the background writes them
 * (storage/owner.ts); everything else reads storage.local and follows its changes.
 */

/** A stored value as a clean record: version-2 entries checked one by one, or a version-1 value migrated (not written back here). */
function recordFrom(item: StoredItem, stored: Readonly<Record<string, unknown>>): StampedRecord {
  const value = stored[item.key];
  if (isStampedRecord(value)) return mergeRecords(EMPTY_RECORD, value, item.check).record;
  return item.migrate(stored);
}

export async function readItem(name: ItemName): Promise<StampedRecord> {
  const item: StoredItem = STORED_ITEMS[name];
  return recordFrom(item, await browser.storage.local.get([...item.legacyKeys]));
}

/** Calls back with the item's record after every change to it; returns the function that stops. */
export function watchItem(name: ItemName, onChange: (record: StampedRecord) => void): () => void {
  const item: StoredItem = STORED_ITEMS[name];
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !Object.hasOwn(changes, item.key)) return;
    const { newValue } = changes[item.key]!;
    if (isStampedRecord(newValue)) onChange(mergeRecords(EMPTY_RECORD, newValue, item.check).record);
    else void readItem(name).then(onChange);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function readSettings(): Promise<Settings> {
  return settingsOf(await readItem('settings'));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return watchItem('settings', (record) => onChange(settingsOf(record)));
}

export async function readCorrections(): Promise<Map<string, string>> {
  return correctionsOf(await readItem('corrections'));
}

export function watchCorrections(onChange: (corrections: Map<string, string>) => void): () => void {
  return watchItem('corrections', (record) => onChange(correctionsOf(record)));
}

/** The corrections with the time each was saved, newest first (the options page's list). */
export async function readSavedCorrections(): Promise<SavedCorrection[]> {
  return savedCorrections(await readItem('corrections'));
}

export function watchSavedCorrections(onChange: (saved: SavedCorrection[]) => void): () => void {
  return watchItem('corrections', (record) => onChange(savedCorrections(record)));
}
