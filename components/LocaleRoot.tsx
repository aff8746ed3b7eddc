import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useUiLanguage } from '@/hooks/use-ui-language';
import { langTag, t, type MessageKey } from '@/utils/i18n';
// Extension pages bundle both languages' strings.
import '@/utils/i18n-tables';

interface Props {
  /** Message for the document title. */
  title: MessageKey;
  children: () => ComponentChildren;
}

/**
 * Root of every extension page: waits for the stored UI language (no flash of the other language),
 * keeps <html lang> and the title in that language, and renders the page again when it changes.
 */
export function LocaleRoot({ title, children }: Props) {
  const language = useUiLanguage();
  useEffect(() => {
    if (language === null) return;
    document.documentElement.lang = langTag();
    document.title = t(title);
  }, [language]);
  // Rendering again from the root runs every t() call again in the new language.
  return language === null ? null : <>{children()}</>;
}
