import { browser } from '#imports';
import { sendToTab } from '../messaging';

/**
 * Asks the tab's page to start the reading cursor. The browser gives the tab with the command; the
 * active tab of the current window otherwise. A tab without ZhuDu (not a zznews page) rejects:
 * nothing to do there.
 */
export async function startReadingIn(tab: { id?: number } | undefined): Promise<boolean> {
  const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return false;
  return sendToTab(id, 'startReading', undefined).catch(() => false);
}
