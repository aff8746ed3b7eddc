import { browser } from '#imports';
import { useEffect, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/i18n';

interface Shortcut {
  name: string;
  shortcut: string;
}

/** Our names for the manifest's commands; the browser shows the manifest's own (localized) description. */
const LABELS: Record<string, MessageKey> = {
  'toggle-ruby': 'cmdToggleRuby',
  'toggle-hover': 'cmdToggleHover',
  'read-by-keyboard': 'cmdReadByKeyboard',
  _execute_action: 'cmdOpenPopup',
  _execute_browser_action: 'cmdOpenPopup',
};

type CommandsApi = typeof browser.commands & { openShortcutSettings?: () => Promise<void> };

/** Firefox opens its own shortcut editor; Chrome's lives at a chrome:// page an extension may open. */
function openShortcutSettings(): void {
  const commands = browser.commands as CommandsApi;
  if (commands.openShortcutSettings) void commands.openShortcutSettings();
  else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}

/**
 * The keyboard: the browser-wide shortcuts as the browser has them now (the user may have changed
 * them), where to change them, and the keys that work on the page.
 */
export function ShortcutsGroup() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    void browser.commands.getAll().then((all) => setShortcuts(all.map((c) => ({ name: c.name ?? '', shortcut: c.shortcut ?? '' }))));
  }, []);
  return (
    <section class="group" aria-labelledby="group-shortcuts">
      <h2 id="group-shortcuts">{t('groupShortcuts')}</h2>
      <dl class="shortcuts" data-testid="shortcuts">
        {shortcuts
          .filter((c) => LABELS[c.name])
          .map((c) => (
            <div key={c.name} class="row" data-command={c.name}>
              <dt>{t(LABELS[c.name]!)}</dt>
              <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('shortcutNotSet')}</span>}</dd>
            </div>
          ))}
      </dl>
      <p>
        <button type="button" onClick={openShortcutSettings}>
          {t('shortcutsChange')}
        </button>
      </p>
      <p class="muted">{t('shortcutsHow')}</p>
      <p>{t('inPageKeys')}</p>
    </section>
  );
}
