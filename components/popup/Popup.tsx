import { useState } from 'preact/hooks';
import { useSettings } from '@/hooks/use-settings';
import { GlossaryPanel } from './GlossaryPanel';
import { PagePanel } from './PagePanel';
import { SummaryPanel } from './SummaryPanel';

const TABS = [
  { id: 'page', label: 'This page' },
  { id: 'summary', label: 'Summary' },
  { id: 'glossary', label: 'Glossary' },
] as const;
type TabId = (typeof TABS)[number]['id'];

/** The toolbar popup: this page's switches and terms, the article summary, and the whole glossary. */
export function Popup() {
  const [settings, changeSettings] = useSettings();
  const [tab, setTab] = useState<TabId>('page');

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    const next = TABS[(TABS.findIndex((t) => t.id === tab) + step + TABS.length) % TABS.length]!;
    setTab(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
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
      </header>
      <div role="tablist" aria-label="ZhuDu" class="tabs" onKeyDown={onKeyDown}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={tab === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={tab === t.id ? 0 : -1}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
        {tab === 'page' && settings && <PagePanel settings={settings} change={changeSettings} />}
        {tab === 'summary' && <SummaryPanel />}
        {tab === 'glossary' && <GlossaryPanel />}
      </div>
    </main>
  );
}
