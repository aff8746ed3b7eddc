import { browser } from '#imports';
import { t } from '@/utils/i18n';
import { popupTargetTab } from '@/utils/popup-target';
import { studySheetUrl } from '@/utils/study-url';

/** Opens the printable study sheet of this tab's article in a new tab. */
export function StudySheetButton() {
  const open = async () => {
    const tabId = await popupTargetTab();
    if (tabId !== null) await browser.tabs.create({ url: studySheetUrl(tabId) });
  };
  return (
    <button type="button" class="action" data-testid="open-study-sheet" onClick={() => void open()}>
      {t('studySheetOpen')}
    </button>
  );
}
