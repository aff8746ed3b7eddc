import { browser } from '#imports';
import { CEDICT_EDITION, DICTIONARY_LICENSE_PATH } from '@/utils/core/dictionary/paths';
import { t } from '@/utils/i18n';

/** Where the data comes from and under which licences: CC-CEDICT asks for credit where users see it. */
export function AboutGroup() {
  const version = browser.runtime.getManifest().version;
  return (
    <section class="group" aria-labelledby="group-about" data-testid="about">
      <h2 id="group-about">{t('groupAbout')}</h2>
      <p>{t('aboutVersion', version)}</p>
      <p>
        {t('aboutCedict', CEDICT_EDITION)}{' '}
        <a href="https://cc-cedict.org/wiki/" target="_blank" rel="noreferrer">
          cc-cedict.org
        </a>{' '}
        ·{' '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
          CC BY-SA 4.0
        </a>{' '}
        ·{' '}
        <a href={browser.runtime.getURL(DICTIONARY_LICENSE_PATH as '/dictionary/LICENSE-CC-CEDICT.txt')} target="_blank" rel="noreferrer">
          {t('aboutLicenceFile')}
        </a>
      </p>
      <p>{t('aboutPinyin')}</p>
      <p>{t('aboutGlossary')}</p>
    </section>
  );
}
