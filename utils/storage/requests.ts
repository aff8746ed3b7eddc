import type { SavedCorrection } from '../core/pinyin/corrections';
import type { ImportEntry, ImportReport } from '../core/storage/corrections-file';
import type { Settings, SettingsChange } from '../core/storage/settings';
import { sendToBackground } from '../messaging';

/**
 * Changes to stored data, asked of the background (storage/owner.ts), which applies them one at a
 * time to what is stored: two changes made at the same moment from two places both survive.
 */
export function changeSettings(change: SettingsChange): Promise<Settings> {
  return sendToBackground('changeSettings', change);
}

export function resetSettings(): Promise<Settings> {
  return sendToBackground('resetSettings', undefined);
}

/** Stores the user's reading of a word, or removes it (null); resolves to what was wrong, or nothing when stored. */
export async function saveCorrection(word: string, reading: string | null, shown: string[] = []): Promise<SavedCorrection> {
  return sendToBackground('saveCorrection', { word, reading, shown });
}

/** Adds corrections read from a file; words that already have one keep it. */
export function importCorrections(entries: ImportEntry[]): Promise<ImportReport> {
  return sendToBackground('importCorrections', { entries });
}

export async function deleteAllCorrections(): Promise<void> {
  await sendToBackground('deleteAllCorrections', undefined);
}
