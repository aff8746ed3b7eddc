import type { GlossaryMatcher, TermHit } from './match';
import type { GlossaryEntry } from './types';
import { findUnexplained } from './unexplained';

/** How often one term occurs in a text. */
export interface TermCount {
  /** The entry's canonical term, or the quoted phrase itself when no entry explains it. */
  term: string;
  count: number;
  known: boolean;
  /** The entry, when known. */
  entry?: GlossaryEntry;
}

/**
 * Counts glossary terms and unexplained slogan-shaped quotes in `text`, one row per distinct
 * term in order of first appearance. Different spellings of one entry (十四五, 十四五规划) count
 * together under the entry's term.
 *
 * @example summarize('“三个高地”…“三个高地”…“四个十大”') →
 *   [{ term: '三个高地', count: 2, known: true, … }, { term: '四个十大', count: 1, known: false }]
 */
export function summarizeTerms(
  text: string,
  matcher: GlossaryMatcher,
  entryById: (id: string) => GlossaryEntry | undefined,
  ordinary?: ReadonlySet<string>,
  isWord?: (word: string) => boolean,
): TermCount[] {
  const hits: TermHit[] = matcher.find(text);
  const rows = new Map<string, TermCount & { first: number }>();
  const add = (key: string, first: number, make: () => TermCount): void => {
    const row = rows.get(key);
    if (row) row.count++;
    else rows.set(key, { ...make(), first });
  };
  for (const hit of hits) {
    const entry = entryById(hit.entryId);
    add(`known:${hit.entryId}`, hit.start, () => ({ term: entry?.term ?? hit.text, count: 1, known: true, ...(entry && { entry }) }));
  }
  for (const phrase of findUnexplained(text, hits, ordinary, isWord)) {
    add(`unknown:${phrase.text}`, phrase.start, () => ({ term: phrase.text, count: 1, known: false }));
  }
  return [...rows.values()].sort((a, b) => a.first - b.first).map(({ first: _first, ...row }) => row);
}
