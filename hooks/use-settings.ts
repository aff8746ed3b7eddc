import { useEffect, useState } from 'preact/hooks';
import { withChange, type Settings, type SettingsChange } from '@/utils/core/storage/settings';
import { readSettings, watchSettings } from '@/utils/storage/local-items';
import { changeSettings } from '@/utils/storage/requests';

/**
 * The settings, kept current with storage, and a function to change some of them. Null until read.
 * A change names only the fields it sets; the background applies it to what is stored at that moment.
 * Until the background has stored it (a sleeping Chrome worker first has to start), the change is
 * shown as made, so a control the user just switched never jumps back; a refused change is undone.
 */
export function useSettings(): [Settings | null, (change: SettingsChange) => void] {
  const [stored, setStored] = useState<Settings | null>(null);
  const [pending, setPending] = useState<readonly SettingsChange[]>([]);
  useEffect(() => {
    void readSettings().then(setStored);
    return watchSettings(setStored);
  }, []);
  const change = (update: SettingsChange) => {
    setPending((list) => [...list, update]);
    const settle = () => setPending((list) => list.filter((item) => item !== update));
    void changeSettings(update).then(
      (next) => {
        setStored(next);
        settle();
      },
      (error: unknown) => {
        settle();
        console.error('ZhuDu:', error);
      },
    );
  };
  return [stored && pending.reduce(withChange, stored), change];
}
