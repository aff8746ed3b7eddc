import { usePageStatus } from '@/hooks/use-page-status';
import { useSettings } from '@/hooks/use-settings';
import { isEnabledOn } from '@/utils/settings';
import { HoverModePicker } from './HoverModePicker';
import { SiteSwitch } from './SiteSwitch';

/** The toolbar popup: what ZhuDu sees on this tab, and its switches. */
export function Popup() {
  const [settings, changeSettings] = useSettings();
  const page = usePageStatus(null);

  return (
    <main class="popup">
      <header class="brand">
        <span class="logo" aria-hidden="true">
          株
        </span>
        <h1>
          ZhuDu <span lang="zh-CN">株读</span>
        </h1>
      </header>
      {page.state === 'loading' && <p class="muted">Looking at this tab…</p>}
      {page.state === 'unsupported' && (
        <p class="notice" data-testid="not-supported" role="status">
          ZhuDu works on Zhuzhou news pages: www.zznews.gov.cn and the 株洲日报 e-paper at zzrb.zznews.gov.cn. This tab is
          not one of them. If it is, reload the page.
        </p>
      )}
      {page.state === 'ready' && settings && (
        <section data-testid="page-status">
          <SiteSwitch
            host={page.status.host}
            enabled={isEnabledOn(settings, page.status.host)}
            onChange={(enabled) =>
              changeSettings((current) => ({
                disabledHosts: enabled
                  ? current.disabledHosts.filter((host) => host !== page.status.host)
                  : [...current.disabledHosts, page.status.host],
              }))
            }
          />
          <p class="muted" data-testid="article-line">
            {page.status.hanCount === 0
              ? 'No Chinese text found on this page.'
              : page.status.articleTitle
                ? `Article: ${page.status.articleTitle}`
                : 'No article on this page; headlines and text can still be hovered.'}
          </p>
          {page.status.errors.count > 0 && (
            <p class="notice" role="alert" data-testid="page-errors">
              ZhuDu ran into {page.status.errors.count} problem(s) on this page and skipped them; the page itself is
              unaffected. Last: {page.status.errors.last}
            </p>
          )}
        </section>
      )}
      {settings && (
        <HoverModePicker mode={settings.hoverMode} onChange={(hoverMode) => changeSettings({ hoverMode })} />
      )}
    </main>
  );
}
