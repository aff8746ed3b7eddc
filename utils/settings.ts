import { storage } from '#imports';

export type HoverMode = 'always' | 'alt' | 'off';

/** Everything the user can set. One object, one storage item, normalized whenever it is read. */
export interface Settings {
  /** Hosts where the user switched ZhuDu off (www.zznews.gov.cn, zzrb.zznews.gov.cn …). */
  disabledHosts: string[];
  hoverMode: HoverMode;
  toneColors: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  hoverMode: 'always',
  toneColors: true,
};

const HOVER_MODES: readonly HoverMode[] = ['always', 'alt', 'off'];

/**
 * Repairs whatever is stored (an older shape, a hand-edited value, a corrupted write) field by field:
 * a bad field falls back to its default and the good ones are kept.
 */
export function normalizeSettings(stored: unknown): Settings {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const disabledHosts = Array.isArray(raw.disabledHosts)
    ? [...new Set(raw.disabledHosts.filter((host): host is string => typeof host === 'string'))]
    : DEFAULT_SETTINGS.disabledHosts;
  return {
    disabledHosts,
    hoverMode: HOVER_MODES.includes(raw.hoverMode as HoverMode)
      ? (raw.hoverMode as HoverMode)
      : DEFAULT_SETTINGS.hoverMode,
    toneColors: typeof raw.toneColors === 'boolean' ? raw.toneColors : DEFAULT_SETTINGS.toneColors,
  };
}

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies a change to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  const current = await loadSettings();
  const next = normalizeSettings({ ...current, ...change(current) });
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalized settings on every change; returns the unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

export function isEnabledOn(settings: Settings, host: string): boolean {
  return !settings.disabledHosts.includes(host);
}
