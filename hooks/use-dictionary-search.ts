import { useEffect, useState } from 'preact/hooks';
import type { WordSearchHit } from '@/utils/core/words/word-search';
import { sendToBackground } from '@/utils/messaging';

/** How long typing must pause before the background is asked (the first English search builds an index). */
const PAUSE_MS = 150;

export type DictionarySearch = { state: 'idle' } | { state: 'searching' } | { state: 'done'; hits: WordSearchHit[] } | { state: 'failed' };

/** CC-CEDICT words for a query, from the background (the dictionary lives only there); the latest query wins. */
export function useDictionarySearch(query: string, limit = 20): DictionarySearch {
  const [result, setResult] = useState<DictionarySearch>({ state: 'idle' });
  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return setResult({ state: 'idle' });
    let current = true;
    setResult({ state: 'searching' });
    const timer = setTimeout(() => {
      sendToBackground('searchWords', { query: trimmed, limit }).then(
        (hits) => current && setResult({ state: 'done', hits }),
        () => current && setResult({ state: 'failed' }),
      );
    }, PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, limit]);
  return result;
}
