import { useEffect, useState } from 'preact/hooks';
import type { Settings, SettingsChange } from '@/utils/core/storage/settings';
import { readSettings, watchSettings } from '@/utils/storage/local-items';
import { changeSettings } from '@/utils/storage/requests';

/**
 * The settings, kept current with storage, and a function to change some of them. Null until read.
 * A change names only the fields it sets; the background applies it to what is stored at that moment.
 */
export function useSettings(): [Settings | null, (change: SettingsChange) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void readSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (update: SettingsChange) => void changeSettings(update).then(setSettings, (error: unknown) => console.error('ZhuDu:', error));
  return [settings, change];
}
