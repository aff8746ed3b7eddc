import { bareFormCheck } from './bare-forms';
import type { GlossaryMatcher } from './match';
import type { GlossaryEntry } from './types';
import { findUnexplained } from './unexplained';
import { cutsWord } from './word-boundary';

/** A glossary term, or a quoted slogan no entry explains (no entryId), at [start, end) of a text. */
export interface ScannedSpot {
  start: number;
  end: number;
  text: string;
  entryId?: string;
}

/** What scanTexts found: spots per text, in text order, and every entry those spots name. */
export interface TermScan {
  spots: ScannedSpot[][];
  entries: GlossaryEntry[];
}

/**
 * The glossary terms and unexplained slogans of each text; `isWord` (a dictionary) widens the
 * unexplained ones to every quoted coinage (see findUnexplained) and lets quote-only coinages count
 * unquoted where they cut no word (see bare-forms.ts). The background runs it for the content
 * script, so that a news page never builds the matcher or holds the entries it does not show
 * (bench/browser.bench.ts, page load).
 *
 * @example scanTexts(['推动“十四五”规划'], …) →
 *   { spots: [[{ start: 2, end: 9, text: '“十四五”规划', entryId: 'shi-si-wu' }]], entries: [<十四五>] }
 */
export function scanTexts(
  texts: readonly string[],
  matcher: GlossaryMatcher,
  entryById: (id: string) => GlossaryEntry | undefined,
  ordinary?: ReadonlySet<string>,
  isWord?: (word: string) => boolean,
): TermScan {
  const entries = new Map<string, GlossaryEntry>();
  // The texts are the blocks of one article: a short form that needs a word nearby may find it in any.
  const article = texts.join('\n');
  const standsBare = isWord && bareFormCheck(isWord);
  const spots = texts.map((text) => {
    // With a dictionary, a short form that only cuts a word in two (湘赣边 in 湘赣边界) is no term there,
    // and a quote-only coinage may count unquoted (一手抓化债).
    const hits = matcher.find(text, article, standsBare).filter((hit) => !isWord || !cutsWord(text, hit, isWord));
    const found: ScannedSpot[] = hits.map(({ start, end, text: written, entryId }) => {
      const entry = entryById(entryId);
      if (entry) entries.set(entryId, entry);
      return { start, end, text: written, entryId };
    });
    for (const { start, end, text: written } of findUnexplained(text, hits, ordinary, isWord)) found.push({ start, end, text: written });
    return found.sort((a, b) => a.start - b.start);
  });
  return { spots, entries: [...entries.values()] };
}
