import type { Dictionary } from '../core/dictionary/dictionary';
import type { Engine } from '../core/engine';
import { createWordLookups, type WordLookups } from '../core/words/word-lookup';
import type { WordLookup, WordRequest } from '../core/words/word-card';

export interface WordService {
  /** Loads CC-CEDICT if it is not here yet; false when it cannot be read (the cards then have pinyin only). */
  prepare(): Promise<boolean>;
  lookUp(request: WordRequest): Promise<WordLookup | null>;
  /** Cards for every Han word of `request.text` (its offset is ignored). */
  lookUpAll(request: WordRequest): Promise<WordLookup[]>;
  /** The lookups with the dictionary when it is here, for search. */
  lookups(): Promise<{ lookups: WordLookups; dictionary: Dictionary | null }>;
}

/**
 * The background's words: CC-CEDICT is read from the package at the first request (the worker may
 * have been stopped and started since the last one) and kept while the worker lives; a file that
 * cannot be read leaves the cards with pinyin and the next request tries again.
 */
export function createWordService(engine: Engine, loadDictionary: () => Promise<Dictionary>, report: (error: unknown) => void): WordService {
  const plain = createWordLookups(engine);
  let loaded: Promise<{ lookups: WordLookups; dictionary: Dictionary | null }> | null = null;
  const lookups = () => {
    // Building the engine's indexes while the file is read gains nothing (measured): the file's bytes
    // reach the worker on its one thread, so they wait for that work.
    loaded ??= loadDictionary().then(
      (dictionary) => {
        // For bench/tooltip.bench.ts's cold starts: when the dictionary was read, ms after the worker started.
        performance.mark('zhudu:dictionary');
        return { lookups: createWordLookups({ ...engine, dictionary }), dictionary };
      },
      (error: unknown) => {
        report(error);
        loaded = null;
        return { lookups: plain, dictionary: null };
      },
    );
    return loaded;
  };
  return {
    prepare: () => lookups().then(({ dictionary }) => dictionary !== null),
    async lookUp({ text, offset, toneStyle, toneSandhi, corrections }) {
      const { lookups: words } = await lookups();
      const found = words.lookUp(text, offset, { toneStyle, toneSandhi, corrections: new Map(corrections) }) ?? null;
      performance.mark('zhudu:lookUp');
      return found;
    },
    async lookUpAll({ text, toneStyle, toneSandhi, corrections }) {
      const { lookups: words } = await lookups();
      return words.lookUpAll(text, { toneStyle, toneSandhi, corrections: new Map(corrections) });
    },
    lookups,
  };
}
