import { glossaryEntry, GLOSSARY } from './entries';
import { ORDINARY_QUOTE_SET } from './exclusions';
import { buildMatcher, type GlossaryMatcher } from './match';
import { createGlossarySearch, type GlossarySearch } from './search';
import { summarizeTerms, type TermCount } from './summary';

let matcher: GlossaryMatcher | undefined;
let search: GlossarySearch | undefined;

/** The matcher over the built-in glossary, built on first use (about a millisecond). */
export function glossaryMatcher(): GlossaryMatcher {
  return (matcher ??= buildMatcher(GLOSSARY));
}

/** Search over the built-in glossary; pinyin is computed per entry on first need. */
export function glossarySearch(): GlossarySearch {
  return (search ??= createGlossarySearch(GLOSSARY));
}

/** summarizeTerms over the built-in glossary and its list of ordinary quoted words. */
export function summarizeGlossaryTerms(text: string): TermCount[] {
  return summarizeTerms(text, glossaryMatcher(), glossaryEntry, ORDINARY_QUOTE_SET);
}
