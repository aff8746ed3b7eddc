import { useEffect, useState } from 'preact/hooks';
import { followUiLanguage, type UiLanguage } from '@/utils/ui-language';

/** The stored UI language, applied to i18n before it is returned; null until read. */
export function useUiLanguage(): UiLanguage | null {
  const [language, setLanguage] = useState<UiLanguage | null>(null);
  useEffect(() => followUiLanguage(setLanguage), []);
  return language;
}
