import type { ToneStyle } from '../pinyin/syllable';
import { EMPTY_RECORD, isStampedRecord, valuesOf, type StampedRecord } from './stamped';

export type { ToneStyle } from '../pinyin/syllable';
export type HoverMode = 'always' | 'alt' | 'off';
/** How big ruby's pinyin is, against the text under it (RUBY_SIZE_EM); never under 10 px on the page. */
export type RubySize = 'small' | 'medium' | 'large';
export const RUBY_SIZE_EM: Readonly<Record<RubySize, number>> = { small: 0.55, medium: 0.65, large: 0.8 };
/** The UI language chosen in the options: 'auto' follows the browser. */
export type UiLanguage = 'auto' | 'en' | 'zh_CN';

/** Everything the user can set, as every part of ZhuDu reads it. */
export interface Settings {
  /** Hosts where the user switched ZhuDu off (www.zznews.gov.cn, zzrb.zznews.gov.cn …). */
  disabledHosts: string[];
  hoverMode: HoverMode;
  /** The mode the hover shortcut goes back to when it switches hover on again. */
  hoverModeBeforeOff: Exclude<HoverMode, 'off'>;
  toneColors: boolean;
  toneStyle: ToneStyle;
  /** 一 and 不 change tone before another syllable (不断 búduàn); off shows dictionary tones. */
  toneSandhi: boolean;
  /** Pinyin over the whole article (ruby), on every page where ZhuDu runs. */
  ruby: boolean;
  rubySize: RubySize;
  /** Glossary terms marked in the article and explained on hover. */
  glossaryMarks: boolean;
  uiLanguage: UiLanguage;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  disabledHosts: [],
  hoverMode: 'always',
  hoverModeBeforeOff: 'always',
  toneColors: true,
  toneStyle: 'marks',
  toneSandhi: true,
  ruby: false,
  rubySize: 'medium',
  glossaryMarks: true,
  uiLanguage: 'auto',
};

type Field = Exclude<keyof Settings, 'disabledHosts'>;

const oneOf =
  <T>(...allowed: T[]) =>
  (value: unknown): value is T =>
    allowed.includes(value as T);
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';

/** What each field may hold; anything else is ignored, field by field. */
const FIELDS: { readonly [F in Field]: (value: unknown) => value is Settings[F] } = {
  hoverMode: oneOf<HoverMode>('always', 'alt', 'off'),
  hoverModeBeforeOff: oneOf<Exclude<HoverMode, 'off'>>('always', 'alt'),
  toneColors: isBoolean,
  toneStyle: oneOf<ToneStyle>('marks', 'numbers', 'none'),
  toneSandhi: isBoolean,
  ruby: isBoolean,
  rubySize: oneOf<RubySize>('small', 'medium', 'large'),
  glossaryMarks: isBoolean,
  uiLanguage: oneOf<UiLanguage>('auto', 'en', 'zh_CN'),
};

/**
 * Hosts are entries of their own (`off:www.zznews.gov.cn` → true), so that switching two sites at
 * once from two places keeps both.
 */
const HOST_PREFIX = 'off:';
const HOST_NAME = /^[a-z0-9.-]{1,253}$/;

function isField(key: string): key is Field {
  return Object.hasOwn(FIELDS, key);
}

/** Whether a settings entry may be stored: a known field with a valid value, or a host switch. */
export function checkSettingsEntry(key: string, value: unknown): boolean {
  if (key.startsWith(HOST_PREFIX)) return HOST_NAME.test(key.slice(HOST_PREFIX.length)) && isBoolean(value);
  return isField(key) && FIELDS[key](value);
}

/** The settings a record holds: each field valid or its default. */
export function settingsOf(record: StampedRecord): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, disabledHosts: [] };
  const writable = settings as unknown as Record<Field, unknown>;
  for (const [key, value] of Object.entries(valuesOf(record))) {
    if (!checkSettingsEntry(key, value)) continue;
    if (key.startsWith(HOST_PREFIX)) {
      if (value === true) settings.disabledHosts.push(key.slice(HOST_PREFIX.length));
    } else {
      writable[key as Field] = value;
    }
  }
  settings.disabledHosts.sort();
  return settings;
}

/** A change to the settings: fields to set, and hosts to switch on (true) or off (false). */
export type SettingsChange = Partial<Pick<Settings, Field>> & { hosts?: Readonly<Record<string, boolean>> };

/** The record entries a change writes. */
export function settingsEntries(change: SettingsChange): Record<string, unknown> {
  const entries: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(change)) if (key !== 'hosts') entries[key] = value;
  for (const [host, enabled] of Object.entries(change.hosts ?? {})) entries[HOST_PREFIX + host] = !enabled;
  return entries;
}

/** The settings once a change is stored: what a control shows while the background is still storing it. */
export function withChange(settings: Settings, change: SettingsChange): Settings {
  const { hosts, ...fields } = change;
  const off = new Set(settings.disabledHosts);
  for (const [host, enabled] of Object.entries(hosts ?? {})) {
    if (enabled) off.delete(host);
    else off.add(host);
  }
  return { ...settings, ...fields, disabledHosts: [...off].sort() };
}

/** Whether every entry a change writes is valid (it is refused whole otherwise). */
export function isValidChange(change: SettingsChange): boolean {
  return Object.entries(settingsEntries(change)).every(([key, value]) => checkSettingsEntry(key, value));
}

/** The change that puts every setting back to its default and switches ZhuDu on again on every host. */
export function resetChange(current: Settings): SettingsChange {
  const { disabledHosts: _none, ...fields } = DEFAULT_SETTINGS;
  return { ...fields, hosts: Object.fromEntries(current.disabledHosts.map((host) => [host, true])) };
}

/**
 * Version 1 (ZhuDu 0.1) stored one plain object, and the UI language and the hover shortcut's mode as
 * items of their own. Their valid fields become entries stamped 0: older than any write made since.
 */
export function migrateSettingsV1(stored: unknown, uiLanguage?: unknown, lastHoverMode?: unknown): StampedRecord {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const entries: Record<string, { value: unknown; at: number }> = {};
  const put = (key: string, value: unknown) => {
    if (checkSettingsEntry(key, value)) entries[key] = { value, at: 0 };
  };
  for (const [key, value] of Object.entries(raw)) if (key !== 'disabledHosts') put(key, value);
  if (Array.isArray(raw.disabledHosts)) for (const host of raw.disabledHosts) if (typeof host === 'string') put(HOST_PREFIX + host, true);
  put('uiLanguage', uiLanguage);
  put('hoverModeBeforeOff', lastHoverMode);
  return { version: 2, entries };
}

/** The settings in whatever is stored: a version-2 record, a version-1 object, or garbage (defaults). */
export function normalizeSettings(stored: unknown): Settings {
  if (stored === undefined || stored === null) return settingsOf(EMPTY_RECORD);
  return settingsOf(isStampedRecord(stored) ? stored : migrateSettingsV1(stored));
}

export function isEnabledOn(settings: Settings, host: string): boolean {
  return !settings.disabledHosts.includes(host);
}
