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

/** Stores the user's reading of a word, or removes it (null); resolves to an error message, or nothing when stored. */
export async function saveCorrection(word: string, reading: string | null): Promise<{ error?: string }> {
  return sendToBackground('saveCorrection', { word, reading });
}

export async function deleteAllCorrections(): Promise<void> {
  await sendToBackground('deleteAllCorrections', undefined);
}
