import { glossWords } from './english-words';

/**
 * How well one entry's senses answer an English query (its words, from englishWords), 0 when no
 * gloss holds every query word. A sense is split into glosses at `;` ("to raise one and infer
 * three; to deduce …"); a gloss's core is the gloss without `(…)` notes and a leading "to", "a",
 * "an" or "the". Best to worst:
 *
 *   100  the core is the query                  "to invest" for invest
 *    95  the head (before a comma or a note)    "Xi Jinping (1953–), PRC politician"
 *        is the query
 *    80  the core starts with the query         "investment bank" for investment
 *    60  the core holds the query as a phrase   "the productive forces of society"
 *    45  the gloss holds it, notes included     "(abbr. for investment bank)"
 *    25  the gloss holds every query word
 *
 * less a little for each word the gloss has beyond the query, and for each sense and gloss before it.
 */
export function scoreSenses(senses: readonly string[], query: readonly string[]): number {
  // "to discuss" is compared with the core of "to discuss; to talk over" as "discuss".
  const queryCore = withoutLeading(query);
  let best = 0;
  senses.forEach((sense, senseIndex) => {
    sense.split(';').forEach((gloss, glossIndex) => {
      const score = scoreGloss(gloss, query, queryCore);
      if (score > 0) best = Math.max(best, Math.max(1, score - 2 * senseIndex - glossIndex));
    });
  });
  return best;
}

const LEADING: ReadonlySet<string> = new Set(['to', 'a', 'an', 'the']);

/** The best score a gloss can have: scoreSenses never returns more. */
export const BEST_SCORE = 100;

function scoreGloss(gloss: string, query: readonly string[], queryCore: readonly string[]): number {
  const glossed = glossWords(gloss);
  const { words } = glossed;
  if (!query.every((word) => words.includes(word))) return 0;
  const core = withoutLeading(glossed.core);
  const extra = core.length - queryCore.length;
  if (extra === 0 && startsWith(core, queryCore, 0)) return BEST_SCORE;
  if (sameWords(withoutLeading(glossed.head), queryCore)) return 95;
  if (startsWith(core, queryCore, 0)) return 80 - 3 * extra;
  if (holdsPhrase(core, queryCore)) return 60 - 3 * extra;
  if (holdsPhrase(words, query)) return 45 - 2 * (words.length - query.length);
  return Math.max(1, 25 - (words.length - query.length));
}

function withoutLeading(words: readonly string[]): readonly string[] {
  return words.length > 1 && LEADING.has(words[0]!) ? words.slice(1) : words;
}

function sameWords(words: readonly string[], query: readonly string[]): boolean {
  return words.length === query.length && startsWith(words, query, 0);
}

function startsWith(words: readonly string[], query: readonly string[], at: number): boolean {
  if (words.length - at < query.length) return false;
  return query.every((word, i) => words[at + i] === word);
}

function holdsPhrase(words: readonly string[], query: readonly string[]): boolean {
  for (let at = 0; at + query.length <= words.length; at++) if (startsWith(words, query, at)) return true;
  return false;
}
