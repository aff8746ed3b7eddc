import { useTabRequest } from '@/hooks/use-tab-request';
import type { Settings } from '@/utils/settings';
import { isEnabledOn } from '@/utils/settings';
import { ArticleTerms } from './ArticleTerms';
import { HoverModePicker } from './HoverModePicker';
import { NotSupported } from './NotSupported';
import { SiteSwitch } from './SiteSwitch';

interface Props {
  settings: Settings;
  change: (update: (s: Settings) => Partial<Settings>) => void;
}

/** This tab: ZhuDu on or off here, how hover and ruby behave, and the article's policy terms. */
export function PagePanel({ settings, change }: Props) {
  const page = useTabRequest('getPageStatus', undefined, settings.disabledHosts.join());
  return (
    <>
      {page.state === 'loading' && <p class="muted">Looking at this tab…</p>}
      {page.state === 'unsupported' && <NotSupported />}
      {page.state === 'ready' && (
        <section data-testid="page-status">
          <SiteSwitch
            host={page.value.host}
            enabled={isEnabledOn(settings, page.value.host)}
            onChange={(enabled) =>
              change((current) => ({
                disabledHosts: enabled
                  ? current.disabledHosts.filter((host) => host !== page.value.host)
                  : [...current.disabledHosts, page.value.host],
              }))
            }
          />
          <p class="muted" data-testid="article-line">
            {page.value.hanCount === 0
              ? 'No Chinese text found on this page.'
              : page.value.articleTitle
                ? `Article: ${page.value.articleTitle}`
                : 'No article on this page; headlines and text can still be hovered.'}
          </p>
          {page.value.errors.count > 0 && (
            <p class="notice" role="alert" data-testid="page-errors">
              ZhuDu ran into {page.value.errors.count} problem(s) on this page and skipped them; the page itself is
              unaffected. Last: {page.value.errors.last}
            </p>
          )}
        </section>
      )}
      <HoverModePicker mode={settings.hoverMode} onChange={(hoverMode) => change(() => ({ hoverMode }))} />
      <label class="row">
        <input type="checkbox" id="zhudu-ruby" checked={settings.ruby} onChange={(e) => {
            const ruby = e.currentTarget.checked;
            change(() => ({ ruby }));
          }} />
        <span>Pinyin over the whole article (ruby)</span>
      </label>
      <label class="row">
        <input
          type="checkbox"
          id="zhudu-glossary-marks"
          checked={settings.glossaryMarks}
          onChange={(e) => {
            const glossaryMarks = e.currentTarget.checked;
            change(() => ({ glossaryMarks }));
          }}
        />
        <span>Mark policy terms in the article</span>
      </label>
      {page.state === 'ready' && isEnabledOn(settings, page.value.host) && <ArticleTerms />}
    </>
  );
}
