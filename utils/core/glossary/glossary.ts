import { ORDINARY_QUOTE_SET } from './exclusions';
import { buildMatcher, type GlossaryMatcher } from './match';
import type { TermHit } from './types';
import { scanTexts, type TermScan } from './scan';
import { createGlossarySearch, type GlossarySearch, type SearchOptions, type SearchResult, type SpellForm } from './search';
import { summarizeTerms, type TermCount } from './summary';
import type { GlossaryEntry } from './types';

/**
 * What finding terms needs: matching over the entries' forms, and each entry by id. The background
 * uses one whose entries' texts are read from the package only when a card needs them.
 */
export interface TermFinder {
  /** The entry with `id`; undefined for no such entry, or while its texts are not here (see createTermFinder). */
  entry(id: string): GlossaryEntry | undefined;
  /** The terms written in `text`, with offsets (the matcher is built on first use, about a millisecond). */
  find(text: string): TermHit[];
  /**
   * Terms and unexplained quoted slogans of each text, with the entries they name (what a page asks
   * the background). `isWord` (a dictionary) lets every quoted coinage be flagged, not only slogan shapes.
   */
  scan(texts: readonly string[], isWord?: (word: string) => boolean): TermScan;
  /** One row per distinct term of `text`, for the popup and the CLI. */
  summarize(text: string, isWord?: (word: string) => boolean): TermCount[];
}

/** A glossary made from a list of entries: look-up by id, matching in text, and search. */
export interface Glossary extends TermFinder {
  readonly entries: readonly GlossaryEntry[];
  /** Entries by hanzi, pinyin or initials (the search index is built on first use). */
  search(query: string, options?: SearchOptions): SearchResult[];
}

export interface GlossaryOptions {
  /** Quoted phrases (folded) never flagged as unexplained. */
  ordinary?: ReadonlySet<string>;
  /** Pinyin of forms that carry no reading of their own, for search (the engine gives its reader's). */
  spell?: SpellForm;
}

/**
 * Term finding with the matcher `makeMatcher` builds (on first use) and whole entries from `entry` (by id).
 *
 * @example createTermFinder(() => buildMatcher(GLOSSARY), (id) => byId.get(id)).find('新质生产力')[0].entryId === 'xin-zhi-sheng-chan-li'
 */
export function createTermFinder(
  makeMatcher: () => GlossaryMatcher,
  entry: (id: string) => GlossaryEntry | undefined,
  { ordinary = ORDINARY_QUOTE_SET }: Pick<GlossaryOptions, 'ordinary'> = {},
): TermFinder {
  let matcher: GlossaryMatcher | undefined;
  const match = () => (matcher ??= makeMatcher());
  return {
    entry,
    find: (text) => match().find(text),
    scan: (texts, isWord) => scanTexts(texts, match(), entry, ordinary, isWord),
    summarize: (text, isWord) => summarizeTerms(text, match(), entry, ordinary, isWord),
  };
}

/**
 * A glossary over `entries`.
 *
 * @example createGlossary(GLOSSARY).search('xzsc')[0].entry.term === '新质生产力'
 */
export function createGlossary(entries: readonly GlossaryEntry[], { ordinary = ORDINARY_QUOTE_SET, spell }: GlossaryOptions = {}): Glossary {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  let searcher: GlossarySearch | undefined;
  return {
    ...createTermFinder(() => buildMatcher(entries), (id) => byId.get(id), { ordinary }),
    entries,
    search: (query, options) => (searcher ??= createGlossarySearch(entries, spell)).search(query, options),
  };
}
