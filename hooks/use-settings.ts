import { useEffect, useState } from 'preact/hooks';
import { loadSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';

/** The settings, kept current with storage, and a function to change them. Null until loaded. */
export function useSettings(): [Settings | null, (change: Partial<Settings> | ((s: Settings) => Partial<Settings>)) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const change = (update: Partial<Settings> | ((s: Settings) => Partial<Settings>)) => {
    void updateSettings((current) => (typeof update === 'function' ? update(current) : update)).then(setSettings);
  };
  return [settings, change];
}
