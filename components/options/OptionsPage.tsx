import { useSettings } from '@/hooks/use-settings';
import { useUiLanguage } from '@/hooks/use-ui-language';
import { t } from '@/utils/i18n';
import type { Settings } from '@/utils/settings';
import { DataGroup } from './DataGroup';
import { GlossaryGroup } from './GlossaryGroup';
import { LanguageGroup } from './LanguageGroup';
import { PinyinGroup } from './PinyinGroup';
import { ShortcutsGroup } from './ShortcutsGroup';
import { SitesGroup } from './SitesGroup';
import { SummaryGroup } from './SummaryGroup';

/** Every setting in one place, grouped; each change is stored at once and every tab follows it. */
export function OptionsPage() {
  const [settings, changeSettings] = useSettings();
  const language = useUiLanguage();
  if (!settings || !language) return null;
  const change = (update: Partial<Settings>) => changeSettings(update);
  return (
    <main class="options">
      <header class="brand">
        <span class="logo" aria-hidden="true">
          株
        </span>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="muted">{t('optionsSaved')}</p>
      <LanguageGroup language={language} />
      <PinyinGroup settings={settings} change={change} />
      <GlossaryGroup settings={settings} change={change} />
      <SummaryGroup />
      <SitesGroup settings={settings} change={change} />
      <ShortcutsGroup />
      <DataGroup />
    </main>
  );
}
