import type { Settings, SettingsChange } from '@/utils/core/storage/settings';

/** What every settings group gets: the current settings and a way to change some of them. */
export interface GroupProps {
  settings: Settings;
  change: (update: SettingsChange) => void;
}
