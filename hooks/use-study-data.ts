import { useEffect, useState } from 'preact/hooks';
import { sendToTab, type PageArticle, type PageTerm, type StudyExtras } from '@/utils/messaging';

export interface StudyData {
  article: PageArticle;
  terms: PageTerm[];
  extras: StudyExtras;
}

export type StudyAnswer = { state: 'loading' } | { state: 'missing' } | { state: 'ready'; data: StudyData };

/**
 * The article of the tab named by `?tabId=` (the popup opens the sheet that way), its terms, its
 * address and the words looked up there, asked from that tab's content script.
 */
export function useStudyData(search: string = location.search): StudyAnswer {
  const [answer, setAnswer] = useState<StudyAnswer>({ state: 'loading' });
  useEffect(() => {
    const tabId = Number(new URLSearchParams(search).get('tabId'));
    if (!Number.isInteger(tabId) || tabId <= 0) return setAnswer({ state: 'missing' });
    void Promise.all([
      sendToTab(tabId, 'getArticle', undefined),
      sendToTab(tabId, 'getPageTerms', undefined),
      sendToTab(tabId, 'getStudyExtras', undefined),
    ]).then(
      ([article, terms, extras]) =>
        setAnswer(article && article.source !== 'none' ? { state: 'ready', data: { article, terms, extras } } : { state: 'missing' }),
      () => setAnswer({ state: 'missing' }),
    );
  }, [search]);
  return answer;
}
