import { t } from '@/utils/i18n';
import { useTabRequest } from '@/hooks/use-tab-request';
import { isEnabledOn, type Settings, type SettingsChange } from '@/utils/core/storage/settings';
import { ArticleTerms } from './ArticleTerms';
import { HoverModePicker } from './HoverModePicker';
import { NotSupported } from './NotSupported';
import { SiteSwitch } from './SiteSwitch';
import { StudySheetButton } from './StudySheetButton';

interface Props {
  settings: Settings;
  change: (update: SettingsChange) => void;
}

/** This tab: ZhuDu on or off here, how hover and ruby behave, and the article's policy terms. */
export function PagePanel({ settings, change }: Props) {
  const page = useTabRequest('getPageStatus', undefined, settings.disabledHosts.join());
  return (
    <>
      {page.state === 'loading' && <p class="muted">{t('lookingAtTab')}</p>}
      {page.state === 'unsupported' && <NotSupported />}
      {page.state === 'ready' && (
        <section data-testid="page-status">
          <SiteSwitch
            host={page.value.host}
            enabled={isEnabledOn(settings, page.value.host)}
            onChange={(enabled) => change({ hosts: { [page.value.host]: enabled } })}
          />
          <p class="muted" data-testid="article-line">
            {page.value.hanCount === 0
              ? t('articleNoChinese')
              : page.value.articleTitle
                ? t('articleLine', page.value.articleTitle)
                : page.value.entryCount
                  ? t('articleListed', page.value.entryCount)
                  : t('articleNone')}
          </p>
          {page.value.frameUrl && (
            <p class="muted" data-testid="article-frame">
              {t('articleInFrame', page.value.frameUrl)}
            </p>
          )}
          {page.value.errors.count > 0 && (
            <p class="notice" role="alert" data-testid="page-errors">
              {t('pageErrors', page.value.errors.count, page.value.errors.last ?? '')}
            </p>
          )}
          {page.value.articleTitle && isEnabledOn(settings, page.value.host) && <StudySheetButton />}
        </section>
      )}
      <HoverModePicker mode={settings.hoverMode} onChange={(hoverMode) => change({ hoverMode })} />
      <label class="row">
        <input type="checkbox" id="zhudu-ruby" checked={settings.ruby} onChange={(e) => {
            const ruby = e.currentTarget.checked;
            change({ ruby });
          }} />
        <span>{t('rubyLabel')}</span>
      </label>
      <label class="row">
        <input
          type="checkbox"
          id="zhudu-glossary-marks"
          checked={settings.glossaryMarks}
          onChange={(e) => {
            const glossaryMarks = e.currentTarget.checked;
            change({ glossaryMarks });
          }}
        />
        <span>{t('marksLabel')}</span>
      </label>
      {/* "In this article" only where there is an article: a headline page has none. */}
      {page.state === 'ready' && page.value.articleTitle && isEnabledOn(settings, page.value.host) && <ArticleTerms />}
    </>
  );
}
