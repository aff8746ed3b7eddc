import { storage } from '#imports';
import { setUiLocale, UI_LOCALES, type UiLocale } from './i18n';

/** The UI language chosen in the options: 'auto' follows the browser. */
export type UiLanguage = 'auto' | UiLocale;

export function normalizeUiLanguage(stored: unknown): UiLanguage {
  return UI_LOCALES.includes(stored as UiLocale) ? (stored as UiLocale) : 'auto';
}

/** Its own item, not a field of the settings object, so that it syncs and resets with the same rules. */
export const uiLanguageItem = storage.defineItem<UiLanguage>('local:uiLanguage', { fallback: 'auto' });

export async function loadUiLanguage(): Promise<UiLanguage> {
  return normalizeUiLanguage(await uiLanguageItem.getValue());
}

export function applyUiLanguage(language: UiLanguage): void {
  setUiLocale(language === 'auto' ? null : language);
}

/**
 * Keeps i18n's language in step with storage: applies the stored choice now and on every change, then
 * calls back (to re-render). Returns the unsubscribe function.
 */
export function followUiLanguage(onChange: (language: UiLanguage) => void = () => {}): () => void {
  let live = true;
  void loadUiLanguage().then((language) => {
    if (!live) return;
    applyUiLanguage(language);
    onChange(language);
  });
  const unwatch = uiLanguageItem.watch((value) => {
    const language = normalizeUiLanguage(value);
    applyUiLanguage(language);
    onChange(language);
  });
  return () => {
    live = false;
    unwatch();
  };
}
