import { addUiTable, hasUiTable, setUiLocale } from './i18n';
import type { UiLanguage } from './core/storage/settings';
import { sendToBackground } from './messaging';
import { readSettings, watchSettings } from './storage/local-items';

export type { UiLanguage } from './core/storage/settings';

/**
 * Speaks the chosen language from now on. Where its strings are not bundled (the content script),
 * they come from the background first; `ready` runs once they are here.
 */
export function applyUiLanguage(language: UiLanguage, ready: () => void = () => {}): void {
  setUiLocale(language === 'auto' ? null : language);
  if (language === 'auto' || hasUiTable(language)) return;
  sendToBackground('getUiTable', { locale: language }).then(
    (table) => {
      addUiTable(language, table);
      ready();
    },
    () => undefined, // the browser's language until the next change
  );
}

/**
 * Keeps i18n's language in step with the stored choice: applies it now and on every change, then
 * calls back (to re-render). Returns the unsubscribe function.
 */
export function followUiLanguage(onChange: (language: UiLanguage) => void = () => {}): () => void {
  let live = true;
  let current: UiLanguage | null = null;
  const follow = (language: UiLanguage) => {
    if (!live || language === current) return;
    current = language;
    applyUiLanguage(language, () => onChange(language));
    onChange(language);
  };
  void readSettings().then((settings) => follow(settings.uiLanguage));
  const unwatch = watchSettings((settings) => follow(settings.uiLanguage));
  return () => {
    live = false;
    unwatch();
  };
}
