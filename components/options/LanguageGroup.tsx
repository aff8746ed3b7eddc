import { t } from '@/utils/i18n';
import type { SettingsChange, UiLanguage } from '@/utils/core/storage/settings';

const LANGUAGES: readonly UiLanguage[] = ['auto', 'en', 'zh_CN'];

/** The UI language: the browser's, or one chosen here. Names are in their own language, so anyone can find theirs. */
export function LanguageGroup({ language, change }: { language: UiLanguage; change: (update: SettingsChange) => void }) {
  return (
    <section class="group" aria-labelledby="group-language">
      <h2 id="group-language">{t('groupLanguage')}</h2>
      <label class="row">
        <span>{t('uiLanguage')}</span>
        <select
          id="ui-language"
          value={language}
          onChange={(e) => {
            const chosen = LANGUAGES.find((option) => option === e.currentTarget.value);
            if (chosen) change({ uiLanguage: chosen });
          }}
        >
          <option value="auto">{t('uiLanguageAuto')}</option>
          <option value="en" lang="en">
            English
          </option>
          <option value="zh_CN" lang="zh-CN">
            简体中文
          </option>
        </select>
      </label>
      <p class="muted">{t('themeNote')}</p>
    </section>
  );
}
