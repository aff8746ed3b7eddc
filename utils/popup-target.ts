import { browser } from '#imports';

/**
 * The tab the popup speaks to: the active tab of the popup's window, or the one named by `?tabId=`
 * when the popup is opened as a page of its own (by the e2e harness, or pinned in a tab by a user).
 */
export async function popupTargetTab(search: string = location.search): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
