import { t } from '@/utils/i18n';
import { normalizeUiLanguage, uiLanguageItem, type UiLanguage } from '@/utils/ui-language';

/** The UI language: the browser's, or one chosen here. Names are in their own language, so anyone can find theirs. */
export function LanguageGroup({ language }: { language: UiLanguage }) {
  return (
    <section class="group" aria-labelledby="group-language">
      <h2 id="group-language">{t('groupLanguage')}</h2>
      <label class="row">
        <span>{t('uiLanguage')}</span>
        <select
          id="ui-language"
          value={language}
          onChange={(e) => void uiLanguageItem.setValue(normalizeUiLanguage(e.currentTarget.value))}
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
