/**
 * The policy-slogan glossary: data, matcher, search. Pure: nothing here touches the browser.
 *
 *   const glossary = createGlossary(GLOSSARY)
 *   glossary.find(text)                terms in a page's text, with offsets
 *   glossary.summarize(text)           [{ term, count, known }] for the popup or the CLI
 *   glossary.search('xzsc')            entries by hanzi, pinyin or initials
 *   findUnexplained(text, hits, set)   quoted slogan-shaped phrases no entry explains
 */
export type { Category, GlossaryEntry, Period, Scope, SloganItem, Source, Status } from './types';
export { SCOPES } from './types';
export { GLOSSARY } from './entries';
export { createGlossary, type Glossary } from './glossary';
export { ORDINARY_QUOTES, ORDINARY_QUOTE_SET, type OrdinaryQuote } from './exclusions';
export { buildMatcher, type GlossaryMatcher } from './match';
export type { TermHit } from './types';
export { findUnexplained, sloganShape, type SloganShape, type UnexplainedPhrase } from './unexplained';
export { summarizeTerms, type TermCount } from './summary';
export { createGlossarySearch, type GlossarySearch, type SearchOptions, type SearchResult } from './search';
export type { ScannedSpot, TermScan } from './scan';
export { relatedEntries } from './related';
