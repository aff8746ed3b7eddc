// Reads what the content script reports about a tab, through the extension's own message map.
import type { Harness, HPage } from './harness/browsers.ts';

export interface ReportedStatus {
  host: string;
  enabled: boolean;
  articleTitle: string | null;
  hanCount: number;
  errors: { count: number; last: string | null };
}

export async function statusOf(h: Harness, page: HPage): Promise<ReportedStatus> {
  const tabId = await page.tabId();
  const popup = await h.openPopup(`?tabId=${tabId}`);
  try {
    return await popup.evaluate((id) => {
      type Tabs = { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };
      const g = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
      return (g.browser ?? g.chrome).tabs.sendMessage(id, { zhudu: 'getPageStatus' }) as Promise<ReportedStatus>;
    }, tabId);
  } finally {
    await popup.close();
    // A tab left in the background gets no frames, and then every pointer move waits for one.
    await page.bringToFront();
  }
}
