import { browser } from '#imports';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { DEFAULT_SETTINGS, updateSettings } from '@/utils/settings';
import { uiLanguageItem } from '@/utils/ui-language';

/** Sync, reset to defaults (the reading corrections are the user's own words: they stay), and the welcome page. */
export function DataGroup() {
  const [reset, setReset] = useState(false);
  const resetAll = async () => {
    await updateSettings(() => DEFAULT_SETTINGS);
    await uiLanguageItem.setValue('auto');
    setReset(true);
  };
  return (
    <section class="group" aria-labelledby="group-data">
      <h2 id="group-data">{t('groupData')}</h2>
      <p>{t('syncNote')}</p>
      <p class="row">
        <button type="button" data-testid="reset-defaults" onClick={() => void resetAll()}>
          {t('resetDefaults')}
        </button>
        <a href={browser.runtime.getURL('/welcome.html')}>{t('showWelcome')}</a>
      </p>
      <p role="status" class="muted">
        {reset ? t('resetDone') : ''}
      </p>
    </section>
  );
}
