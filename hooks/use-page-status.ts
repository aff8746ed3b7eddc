import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type PageStatus } from '@/utils/messaging';
import { popupTargetTab } from '@/utils/popup-target';

export type PageStatusResult =
  | { state: 'loading' }
  | { state: 'unsupported' }
  | { state: 'ready'; status: PageStatus };

/**
 * Asks the target tab's content script about its page. No answer means no content script runs
 * there: the tab is not a page ZhuDu works on (or was opened before ZhuDu was installed).
 */
export function usePageStatus(refreshKey: unknown): PageStatusResult {
  const [result, setResult] = useState<PageStatusResult>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      const tabId = await popupTargetTab();
      const status = tabId === null ? null : await sendToTab(tabId, 'getPageStatus', undefined).catch(() => null);
      if (current) setResult(status ? { state: 'ready', status } : { state: 'unsupported' });
    })();
    return () => {
      current = false;
    };
  }, [refreshKey]);
  return result;
}
