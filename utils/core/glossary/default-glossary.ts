import { glossaryEntries, glossaryEntry } from './store';
import { ORDINARY_QUOTE_SET } from './exclusions';
import { buildMatcher, type GlossaryMatcher } from './match';
import { createGlossarySearch, type GlossarySearch } from './search';
import { summarizeTerms, type TermCount } from './summary';

let matcher: GlossaryMatcher | undefined;
let search: GlossarySearch | undefined;

/** The matcher over the installed glossary, built on first use (about a millisecond). */
export function glossaryMatcher(): GlossaryMatcher {
  return (matcher ??= buildMatcher(glossaryEntries()));
}

/** Search over the installed glossary; pinyin is computed per entry on first need. */
export function glossarySearch(): GlossarySearch {
  return (search ??= createGlossarySearch(glossaryEntries()));
}

/** summarizeTerms over the installed glossary and its list of ordinary quoted words. */
export function summarizeGlossaryTerms(text: string): TermCount[] {
  return summarizeTerms(text, glossaryMatcher(), glossaryEntry, ORDINARY_QUOTE_SET);
}
