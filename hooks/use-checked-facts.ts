import { useEffect, useState } from 'preact/hooks';
import { extractFacts, placeQueries, type Fact, type PlaceQuery } from '@/utils/core/summary/facts';
import type { Summary } from '@/utils/core/summary/summarize';
import { sendToBackground } from '@/utils/messaging';

const keyOf = ({ before, name }: PlaceQuery) => `${before}|${name}`;

/**
 * The summary's key facts with their places checked against CC-CEDICT, which lives in the background: a
 * common word (全市) or the tail of a longer word (然保护区) is not listed as a place. Null until the
 * background answers; without it (its dictionary unreadable), the facts the rules found.
 */
export function useCheckedFacts(summary: Summary | null): Fact[] | null {
  const [facts, setFacts] = useState<Fact[] | null>(null);
  useEffect(() => {
    setFacts(null);
    if (!summary) return;
    const queries = placeQueries(summary.factTexts);
    if (queries.length === 0) return setFacts(summary.facts);
    let current = true;
    void sendToBackground('checkPlaces', { queries })
      .catch(() => null)
      .then((verdicts) => {
        if (!current) return;
        if (!verdicts) return setFacts(summary.facts);
        const said = new Map(queries.map((query, i) => [keyOf(query), verdicts[i] ?? null]));
        setFacts(extractFacts(summary.factTexts, { isPlace: (query) => said.get(keyOf(query)) ?? undefined }));
      });
    return () => {
      current = false;
    };
  }, [summary]);
  return facts;
}
