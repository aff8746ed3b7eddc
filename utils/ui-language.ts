import { setUiLocale } from './i18n';
import type { UiLanguage } from './core/storage/settings';
import { readSettings, watchSettings } from './storage/local-items';

export type { UiLanguage } from './core/storage/settings';

export function applyUiLanguage(language: UiLanguage): void {
  setUiLocale(language === 'auto' ? null : language);
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
    applyUiLanguage(language);
    onChange(language);
  };
  void readSettings().then((settings) => follow(settings.uiLanguage));
  const unwatch = watchSettings((settings) => follow(settings.uiLanguage));
  return () => {
    live = false;
    unwatch();
  };
}
