import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type PageArticle, type StudyExtras } from '@/utils/messaging';

/** The article as the tab read it (its terms are found in the sheet, over what it shows), and the extras. */
export interface StudyData {
  article: PageArticle;
  extras: StudyExtras;
}

export type StudyAnswer = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: StudyData };

/**
 * The article of the tab named by `?tabId=` (the popup opens the sheet that way), its address and
 * the words looked up there, asked from that tab's content script. Its terms are not asked: the tab
 * would scan the whole page (a million characters on a huge one), the sheet needs those of the text
 * it shows.
 */
export function useStudyData(search: string = location.search): StudyAnswer {
  const [answer, setAnswer] = useState<StudyAnswer>({ state: 'loading' });
  useEffect(() => {
    const tabId = Number(new URLSearchParams(search).get('tabId'));
    if (!Number.isInteger(tabId) || tabId <= 0) return setAnswer({ state: 'missing' });
    void Promise.all([
      sendToTab(tabId, 'getArticle', undefined),
      sendToTab(tabId, 'getStudyExtras', undefined),
    ]).then(
      ([article, extras]) => setAnswer(article && article.source !== 'none' ? { state: 'ready', data: { article, extras } } : { state: 'missing' }),
      () => setAnswer({ state: 'missing' }),
    );
  }, [search]);
  return answer;
}
