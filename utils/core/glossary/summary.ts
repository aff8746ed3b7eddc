import { bareFormCheck } from './bare-forms';
import type { GlossaryMatcher } from './match';
import type { TermHit } from './types';
import type { GlossaryEntry } from './types';
import { cutsWord } from './word-boundary';
import { findUnexplained } from './unexplained';

/** How often one term occurs in a text. */
export interface TermCount {
  /** The entry's canonical term, or the quoted phrase itself when no entry explains it. */
  term: string;
  count: number;
  known: boolean;
  /** The entry, when known. */
  entry?: GlossaryEntry;
  /** The distinct strings matched in the text, as written, in order of first appearance. */
  forms: string[];
  /** [start, end) of every occurrence in the text (UTF-16 offsets), in text order. */
  spans: [number, number][];
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
  const hits: TermHit[] = matcher.find(text, text, isWord && bareFormCheck(isWord)).filter((hit) => !isWord || !cutsWord(text, hit, isWord));
  const rows = new Map<string, TermCount>();
  const add = (key: string, spot: { start: number; end: number; text: string }, make: () => Pick<TermCount, 'term' | 'known' | 'entry'>): void => {
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { ...make(), count: 0, forms: [], spans: [] }));
    row.count++;
    if (!row.forms.includes(spot.text)) row.forms.push(spot.text);
    row.spans.push([spot.start, spot.end]);
  };
  for (const hit of hits) {
    const entry = entryById(hit.entryId);
    add(`known:${hit.entryId}`, hit, () => ({ term: entry?.term ?? hit.text, known: true, ...(entry && { entry }) }));
  }
  for (const phrase of findUnexplained(text, hits, ordinary, isWord)) {
    add(`unknown:${phrase.text}`, phrase, () => ({ term: phrase.text, known: false }));
  }
  return [...rows.values()].sort((a, b) => a.spans[0]![0] - b.spans[0]![0]);
}
