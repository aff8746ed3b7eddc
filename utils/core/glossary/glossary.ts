import { ORDINARY_QUOTE_SET } from './exclusions';
import { buildMatcher, type GlossaryMatcher, type TermHit } from './match';
import { scanTexts, type TermScan } from './scan';
import { createGlossarySearch, type GlossarySearch, type SearchOptions, type SearchResult, type SpellForm } from './search';
import { summarizeTerms, type TermCount } from './summary';
import type { GlossaryEntry } from './types';

/** A glossary made from a list of entries: look-up by id, matching in text, and search. */
export interface Glossary {
  readonly entries: readonly GlossaryEntry[];
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
 * A glossary over `entries`.
 *
 * @example createGlossary(GLOSSARY).search('xzsc')[0].entry.term === '新质生产力'
 */
export function createGlossary(entries: readonly GlossaryEntry[], { ordinary = ORDINARY_QUOTE_SET, spell }: GlossaryOptions = {}): Glossary {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const entry = (id: string) => byId.get(id);
  let matcher: GlossaryMatcher | undefined;
  let searcher: GlossarySearch | undefined;
  const match = () => (matcher ??= buildMatcher(entries));
  return {
    entries,
    entry,
    find: (text) => match().find(text),
    scan: (texts, isWord) => scanTexts(texts, match(), entry, ordinary, isWord),
    summarize: (text, isWord) => summarizeTerms(text, match(), entry, ordinary, isWord),
    search: (query, options) => (searcher ??= createGlossarySearch(entries, spell)).search(query, options),
  };
}
