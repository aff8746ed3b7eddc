import { storage } from '#imports';
import { checkCorrection } from './core/pinyin/corrections';

export type HoverMode = 'always' | 'alt' | 'off';
export type ToneStyle = 'marks' | 'numbers' | 'none';

/** Everything the user can set. One object, one storage item, normalized whenever it is read. */
export interface Settings {
  /** Hosts where the user switched ZhuDu off (www.zznews.gov.cn, zzrb.zznews.gov.cn …). */
  disabledHosts: string[];
  hoverMode: HoverMode;
  toneColors: boolean;
  toneStyle: ToneStyle;
  /** 一 and 不 change tone before another syllable (不断 búduàn); off shows dictionary tones. */
  toneSandhi: boolean;
  /** Pinyin over the whole article (ruby), on every page where ZhuDu runs. */
  ruby: boolean;
  /** Glossary terms marked in the article and explained on hover. */
  glossaryMarks: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  disabledHosts: [],
  hoverMode: 'always',
  toneColors: true,
  toneStyle: 'marks',
  toneSandhi: true,
  ruby: false,
  glossaryMarks: true,
};

const HOVER_MODES: readonly HoverMode[] = ['always', 'alt', 'off'];
const TONE_STYLES: readonly ToneStyle[] = ['marks', 'numbers', 'none'];

function pick<T>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

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
    hoverMode: pick(raw.hoverMode, HOVER_MODES, DEFAULT_SETTINGS.hoverMode),
    toneColors: bool(raw.toneColors, DEFAULT_SETTINGS.toneColors),
    toneStyle: pick(raw.toneStyle, TONE_STYLES, DEFAULT_SETTINGS.toneStyle),
    toneSandhi: bool(raw.toneSandhi, DEFAULT_SETTINGS.toneSandhi),
    ruby: bool(raw.ruby, DEFAULT_SETTINGS.ruby),
    glossaryMarks: bool(raw.glossaryMarks, DEFAULT_SETTINGS.glossaryMarks),
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

/**
 * The user's own readings, word → syllables ("fix this reading"). A separate item from the settings:
 * it grows with use, stays in local storage, and every entry is checked again when read.
 */
export const correctionsItem = storage.defineItem<Record<string, string>>('local:corrections', {
  fallback: {},
  version: 1,
});

export function normalizeCorrections(stored: unknown): Map<string, string> {
  const corrections = new Map<string, string>();
  if (!stored || typeof stored !== 'object') return corrections;
  for (const [word, reading] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof reading !== 'string') continue;
    const checked = checkCorrection(word, reading);
    if ('reading' in checked) corrections.set(word, checked.reading);
  }
  return corrections;
}

export async function loadCorrections(): Promise<Map<string, string>> {
  return normalizeCorrections(await correctionsItem.getValue());
}

/** Stores a reading for a word (or removes the word's correction when `reading` is null). */
export async function saveCorrection(word: string, reading: string | null): Promise<{ error?: string }> {
  const current = Object.fromEntries(await loadCorrections());
  if (reading === null) {
    delete current[word];
  } else {
    const checked = checkCorrection(word, reading);
    if ('error' in checked) return { error: checked.error };
    current[word] = checked.reading;
  }
  await correctionsItem.setValue(current);
  return {};
}

export function watchCorrections(callback: (corrections: Map<string, string>) => void): () => void {
  return correctionsItem.watch((value) => callback(normalizeCorrections(value)));
}
