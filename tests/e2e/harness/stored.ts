// ZhuDu's stored data, read and written from the test as a second writer would: a change is
// written as stamped entries over what is stored, exactly the shape the background's owner writes.
import { normalizeCorrections } from '../../../utils/core/storage/corrections.ts';
import { normalizeSettings, settingsEntries, type Settings, type SettingsChange } from '../../../utils/core/storage/settings.ts';
import { EMPTY_RECORD, isStampedRecord, nextStamp, writeEntries } from '../../../utils/core/storage/stamped.ts';
import type { Harness } from './browsers.ts';

export async function storedSettings(h: Harness): Promise<Settings> {
  return normalizeSettings(await h.extensionStorage.get('settings'));
}

export async function storedCorrections(h: Harness): Promise<Record<string, string>> {
  return Object.fromEntries(normalizeCorrections(await h.extensionStorage.get('corrections')));
}

async function writeOver(h: Harness, key: string, entries: Record<string, unknown>): Promise<void> {
  const stored = await h.extensionStorage.get(key);
  const current = isStampedRecord(stored) ? stored : EMPTY_RECORD;
  await h.extensionStorage.set({ [key]: writeEntries(current, entries, nextStamp(current, Date.now())) });
}

export function changeStoredSettings(h: Harness, change: SettingsChange): Promise<void> {
  return writeOver(h, 'settings', settingsEntries(change));
}

/** Deletes every correction (a null entry per word, as the owner does). */
export async function clearStoredCorrections(h: Harness): Promise<void> {
  const words = Object.keys(await storedCorrections(h));
  await writeOver(h, 'corrections', Object.fromEntries(words.map((word) => [word, null])));
}
