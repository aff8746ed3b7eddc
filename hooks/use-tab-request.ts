import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type ProtocolMap } from '@/utils/messaging';
import { popupTargetTab } from '@/utils/popup-target';

export type TabAnswer<T> = { state: 'loading' } | { state: 'unsupported' } | { state: 'ready'; value: T };

/**
 * Asks the target tab's content script one question. No answer means no ZhuDu content script runs
 * there: the tab is not a page ZhuDu works on (or it was opened before ZhuDu was installed).
 */
export function useTabRequest<K extends keyof ProtocolMap>(
  type: K,
  data: ProtocolMap[K]['data'],
  refreshKey: unknown = null,
): TabAnswer<ProtocolMap[K]['reply']> {
  const [answer, setAnswer] = useState<TabAnswer<ProtocolMap[K]['reply']>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void (async () => {
      const tabId = await popupTargetTab();
      const value = tabId === null ? undefined : await sendToTab(tabId, type, data).catch(() => undefined);
      if (current) setAnswer(value === undefined ? { state: 'unsupported' } : { state: 'ready', value });
    })();
    return () => {
      current = false;
    };
  }, [type, refreshKey]);
  return answer;
}

/** Sends a request to the target tab and ignores the answer (scroll to a term, …). */
export async function tellTab<K extends keyof ProtocolMap>(type: K, data: ProtocolMap[K]['data']): Promise<ProtocolMap[K]['reply'] | undefined> {
  const tabId = await popupTargetTab();
  return tabId === null ? undefined : sendToTab(tabId, type, data).catch(() => undefined);
}
