import { useSettings } from '@/hooks/use-settings';
import { useUiLanguage } from '@/hooks/use-ui-language';
import { t } from '@/utils/i18n';
import { AboutGroup } from './AboutGroup';
import { CorrectionsGroup } from './CorrectionsGroup';
import { DataGroup } from './DataGroup';
import { GlossaryGroup } from './GlossaryGroup';
import { LanguageGroup } from './LanguageGroup';
import { PinyinGroup } from './PinyinGroup';
import { ShortcutsGroup } from './ShortcutsGroup';
import { SitesGroup } from './SitesGroup';
import { SummaryGroup } from './SummaryGroup';

/** Every setting in one place, grouped; each change is stored at once and every tab follows it. */
export function OptionsPage() {
  const [settings, change] = useSettings();
  const language = useUiLanguage();
  if (!settings || !language) return null;
  return (
    <main class="options">
      <header class="brand">
        <span class="logo" aria-hidden="true">
          株
        </span>
        <h1>{t('optionsTitle')}</h1>
      </header>
      <p class="muted">{t('optionsSaved')}</p>
      <LanguageGroup language={language} change={change} />
      <PinyinGroup settings={settings} change={change} />
      <GlossaryGroup settings={settings} change={change} />
      <SummaryGroup />
      <SitesGroup settings={settings} change={change} />
      <ShortcutsGroup />
      <CorrectionsGroup />
      <DataGroup />
      <AboutGroup />
    </main>
  );
}
