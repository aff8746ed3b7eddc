import { useState } from 'preact/hooks';
import { browser } from '#imports';
import { useSettings } from '@/hooks/use-settings';
import { t, type MessageKey } from '@/utils/i18n';
import { GlossaryPanel } from './GlossaryPanel';
import { PagePanel } from './PagePanel';
import { SummaryPanel } from './SummaryPanel';

const TABS: readonly { id: 'page' | 'summary' | 'glossary'; label: MessageKey }[] = [
  { id: 'page', label: 'tabPage' },
  { id: 'summary', label: 'tabSummary' },
  { id: 'glossary', label: 'tabGlossary' },
];
type TabId = (typeof TABS)[number]['id'];

/** Arrow keys move between tabs, Home and End go to the first and last (the WAI-ARIA tabs pattern). */
function nextTab(current: TabId, key: string): TabId | null {
  const at = TABS.findIndex((t) => t.id === current);
  const to = key === 'ArrowRight' ? at + 1 : key === 'ArrowLeft' ? at - 1 : key === 'Home' ? 0 : key === 'End' ? TABS.length - 1 : null;
  return to === null ? null : TABS[(to + TABS.length) % TABS.length]!.id;
}

/** The toolbar popup: this page's switches and terms, the article summary, and the whole glossary. */
export function Popup() {
  const [settings, changeSettings] = useSettings();
  const [tab, setTab] = useState<TabId>('page');

  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextTab(tab, event.key);
    if (!next) return;
    event.preventDefault();
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main class="popup">
      <header class="brand">
        <span class="logo" aria-hidden="true">
          株
        </span>
        <h1>
          ZhuDu <span lang="zh-CN">株读</span>
        </h1>
        <button type="button" class="link-button settings-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      <div role="tablist" aria-label={t('brandLabel')} class="tabs" onKeyDown={onKeyDown}>
        {TABS.map((item) => (
          <button
            key={item.id}
            id={`tab-${item.id}`}
            role="tab"
            type="button"
            aria-selected={tab === item.id}
            aria-controls={`panel-${item.id}`}
            tabIndex={tab === item.id ? 0 : -1}
            onClick={() => setTab(item.id)}
          >
            {t(item.label)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel" tabIndex={0}>
        {tab === 'page' && settings && <PagePanel settings={settings} change={changeSettings} />}
        {tab === 'summary' && <SummaryPanel />}
        {tab === 'glossary' && <GlossaryPanel />}
      </div>
      <footer class="popup-footer">
        {/* Unpacked and temporary installs never open the welcome page by themselves: this is the way to it. */}
        <button
          type="button"
          class="link-button"
          data-testid="open-welcome"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}
        >
          {t('popupWelcome')}
        </button>
      </footer>
    </main>
  );
}
