import { browser } from '#imports';

/**
 * The study sheet of a tab's article. The sheet asks that tab's content script for the article itself,
 * so nothing is stored in between: a reload of the sheet reads the article again.
 */
export function studySheetUrl(tabId: number): string {
  return `${browser.runtime.getURL('/study.html')}?tabId=${tabId}`;
}
