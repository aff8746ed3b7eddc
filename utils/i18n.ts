import { browser } from '#imports';
import type en from '@/public/_locales/en/messages.json';

/**
 * UI strings. `public/_locales/<locale>/messages.json` is the one source: the browser reads it for the
 * manifest (name, description, shortcut names) and, when the user follows the browser language, for
 * every string through `i18n.getMessage`. A language chosen in the options overrides the browser's
 * (i18n.getMessage cannot be told which locale to use) from a table: extension pages bundle both
 * (i18n-tables.ts); the content script, which must stay small, asks the background for the one it
 * needs (ui-language.ts) and speaks the browser's language until it has it.
 */
export type MessageKey = keyof typeof en;
export type UiLocale = 'en' | 'zh_CN';
export const UI_LOCALES: readonly UiLocale[] = ['en', 'zh_CN'];

export type UiTable = Record<MessageKey, { message: string }>;
const TABLES: Partial<Record<UiLocale, UiTable>> = {};

/** Makes a language's strings available for overriding the browser's. */
export function addUiTable(locale: UiLocale, table: UiTable): void {
  TABLES[locale] = table;
}

export function hasUiTable(locale: UiLocale): boolean {
  return TABLES[locale] !== undefined;
}

let override: UiLocale | null = null;

/** Sets the language chosen in the options; null follows the browser. */
export function setUiLocale(locale: UiLocale | null): void {
  override = locale;
}

/** `$1`…`$9` are substitutions and `$$` is a dollar sign, as in i18n.getMessage. */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

function fromBrowser(key: MessageKey, subs: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs);
  } catch {
    return ''; // no i18n API here (unit tests): fall back to the bundled tables
  }
}

function browserLocale(): UiLocale {
  const picked = fromBrowser('localeCode', []);
  if (picked === 'zh_CN' || picked === 'en') return picked;
  return /^zh\b/i.test(globalThis.navigator?.language ?? '') ? 'zh_CN' : 'en';
}

/** The language the UI is in now. */
export function uiLocale(): UiLocale {
  return override ?? browserLocale();
}

/** BCP 47 tag for `lang` attributes. */
export function langTag(locale: UiLocale = uiLocale()): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

/** The UI string `key` in the current language, with `$1`… filled from `subs`. */
export function t(key: MessageKey, ...subs: (string | number)[]): string {
  const texts = subs.map(String);
  const table = override ? TABLES[override] : undefined;
  if (!table) {
    const message = fromBrowser(key, texts);
    if (message) return message;
  }
  const fallback = table ?? TABLES[uiLocale()] ?? TABLES.en;
  return fallback ? substitute(fallback[key].message, texts) : key;
}

/**
 * A message whose substitutions are elements (a host name in bold): the text split at `$1`…, with the
 * parts interleaved, so that each language keeps its own word order.
 */
export function tParts<T>(key: MessageKey, ...parts: T[]): (string | T)[] {
  const marker = '\uE000'; // a private-use character no message contains
  const marked = t(key, ...parts.map((_, i) => `${marker}${i}${marker}`));
  return marked
    .split(new RegExp(`${marker}(\\d+)${marker}`))
    .map((piece, i) => (i % 2 === 1 ? parts[Number(piece)]! : piece))
    .filter((piece) => piece !== '');
}
