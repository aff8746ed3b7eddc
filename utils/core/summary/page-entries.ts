/**
 * The articles a headline page lists (an e-paper page view 版面, a channel list), each with one line to read.
 */
import { visibleLength } from './grams';
import { splitSentences } from './sentences';

export interface PageEntry {
  title: string;
  /** Absolute address of the article. */
  url: string;
  /** As the list shows it: 2025-02-10. */
  date?: string;
  /** Text the list gives under the headline (a lead or 导读), if any. */
  intro?: string;
}

/** One line is about this long: the popup shows it under the headline without wrapping much. */
const LINE_BUDGET = 60;

/**
 * The one-line summary of a listed article: the first whole sentence of the list's own intro when it has one and
 * it fits, else the headline, which is the paper's own one-line summary of the story. Nothing is fetched: the
 * extension makes no network requests, so the line comes from what the page shows.
 *
 * @example entryLine({ title: '芦淞市场群38个市场昨开市', url: '…' }) → '芦淞市场群38个市场昨开市'
 */
export function entryLine(entry: PageEntry): string {
  const first = entry.intro ? splitSentences(entry.intro)[0] : undefined;
  if (first && visibleLength(first) <= LINE_BUDGET) return first;
  return entry.title;
}
