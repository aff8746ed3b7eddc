import type { Dictionary } from '../core/dictionary/dictionary';
import type { ReadingEngine } from '../core/engine';
import type { LazyEntries } from '../core/glossary/lazy-entries';
import type { TermScan } from '../core/glossary/scan';
import { createWordLookups, type WordLookups } from '../core/words/word-lookup';
import type { WordLookup, WordRequest } from '../core/words/word-card';
import { searchDictionary, type WordSearchHit } from '../core/words/word-search';
import { dictionaryPlaceCheck } from '../core/summary/dictionary-places';
import type { PlaceQuery } from '../core/summary/facts';

/** The other shards are read this long after a card, once the stretch around it has had its own. */
export const WARM_UP_AFTER_MS = 1_000;

export interface WordService {
  /** Loads CC-CEDICT if it is not here yet; false when it cannot be read (the cards then have pinyin only). */
  prepare(): Promise<boolean>;
  lookUp(request: WordRequest): Promise<WordLookup | null>;
  /** Cards for every Han word of `request.text` (its offset is ignored). */
  lookUpAll(request: WordRequest): Promise<WordLookup[]>;
  /** The lookups with the dictionary when it is here; its entries' details may not be (see search). */
  lookups(): Promise<{ lookups: WordLookups; dictionary: Dictionary | null }>;
  /** The glossary terms and unexplained slogans of an article's blocks, with the whole entries they name. */
  scanTerms(texts: readonly string[]): Promise<TermScan>;
  /** The popup's dictionary search, every entry loaded first; [] without the dictionary. */
  search(query: string, limit: number): Promise<WordSearchHit[]>;
  /** The dictionary's word on places the summary's rules found (dictionary-places.ts); null each without the dictionary. */
  checkPlaces(queries: readonly PlaceQuery[]): Promise<(boolean | null)[]>;
}

/**
 * After the first card, the other shards are read one at a time, so that later cards (and the
 * stretches around them) find theirs here; once per worker, again after a failure.
 */
function shardWarmUp(report: (error: unknown) => void): (dictionary: Dictionary) => void {
  let warming: Promise<void> | null = null;
  return (dictionary) => {
    warming ??= dictionary.loadAll(true).catch((error: unknown) => {
      report(error);
      warming = null;
    });
  };
}

/** Glossary entries that are always here (an engine made from the whole glossary). */
const WHOLE_GLOSSARY: Pick<LazyEntries, 'load'> = { load: async () => true };

/**
 * The background's words: CC-CEDICT's headwords are read from the package at the first request (the
 * worker may have been stopped and started since the last one) and kept while the worker lives; a
 * file that cannot be read leaves the cards with pinyin and the next request tries again. Entries'
 * details come in shards (utils/core/dictionary/split.ts), loaded before each lookup for the span it
 * cards, and kept too. `glossaryEntries` reads the glossary's entries when the engine has only its
 * matcher forms (createReadingEngine), before a card on a term or a scan needs one.
 */
export function createWordService(
  engine: ReadingEngine,
  loadDictionary: () => Promise<Dictionary>,
  report: (error: unknown) => void,
  glossaryEntries: Pick<LazyEntries, 'load'> = WHOLE_GLOSSARY,
): WordService {
  const plain = createWordLookups(engine);
  let loaded: Promise<{ lookups: WordLookups; dictionary: Dictionary | null }> | null = null;
  const lookups = () => {
    // While the headword file is read, the indexes that do not need it are built (a task later, so the
    // read starts first). The file's bytes then reach the worker a little later, as they wait for the
    // thread, but the first card is answered ~15 ms sooner (alternating builds, 27 cold starts each:
    // median 96 against 112 ms of the worker's clock); earlier tries, before the build-time matcher
    // forms, measured 0–10 ms.
    if (!loaded) setTimeout(() => plain.warmUp(), 0);
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
  /** The lookups once `load` has the details they will decode; pinyin only for this request when a shard cannot be read (the next one tries again). */
  const loadedFor = async (load: (dictionary: Dictionary | null, words: WordLookups) => Promise<unknown>): Promise<WordLookups> => {
    const { lookups: words, dictionary } = await lookups();
    try {
      await load(dictionary, words);
      return words;
    } catch (error) {
      report(error);
      return plain;
    }
  };
  // The word under the pointer is asked for just before the stretch around it (content/hover): the
  // stretch's many shards, and a scan of glossary terms asked meanwhile, wait for the word's few
  // shards, which the reader is waiting for.
  let wordFirst: Promise<unknown> = Promise.resolve();
  const warmUp = shardWarmUp(report);
  return {
    // A pointer moving on a page wakes the worker: the first card's one-off work is done while it travels.
    prepare: () =>
      lookups().then(({ lookups: words, dictionary }) => {
        words.warmUp();
        return dictionary !== null;
      }),
    lookUp({ text, offset, toneStyle, toneSandhi, corrections }) {
      let detailBytes = 0;
      const answer = loadedFor((dictionary, found) => {
        const span = found.spanAt(text, offset);
        // A card on a glossary term shows its entry: the entries are read with the shards.
        const entries = span?.entryId ? glossaryEntries.load([span.entryId]) : undefined;
        if (!dictionary || !span) return Promise.all([entries]);
        detailBytes = dictionary.detailBytesRead();
        return Promise.all([entries, dictionary.loadWithin(text, span.start, span.end).then(() => void (detailBytes = dictionary.detailBytesRead()))]);
      }).then((words) => {
        performance.mark('zhudu:details');
        const found = words.lookUp(text, offset, { toneStyle, toneSandhi, corrections: new Map(corrections) }) ?? null;
        // For bench/tooltip.bench.ts: the detail bytes read by then (the cold path's, at the first lookup).
        performance.mark('zhudu:lookUp', { detail: { detailBytes } });
        return found;
      });
      void answer.then(() => lookups()).then(({ dictionary }) => dictionary && setTimeout(() => warmUp(dictionary), WARM_UP_AFTER_MS));
      wordFirst = answer.catch(() => undefined);
      return answer;
    },
    async lookUpAll({ text, toneStyle, toneSandhi, corrections }) {
      await wordFirst;
      const words = await loadedFor((dictionary, found) =>
        Promise.all([glossaryEntries.load(found.termIdsIn(text)), dictionary?.loadWithin(text, 0, text.length)]),
      );
      return words.lookUpAll(text, { toneStyle, toneSandhi, corrections: new Map(corrections) });
    },
    lookups,
    async scanTerms(texts) {
      // A page's marks can wait for the card its reader is waiting for (their scan is tens of ms of work).
      await wordFirst;
      // CC-CEDICT tells quoted coinages (林长制) from ordinary quoted words; without it only slogan shapes are flagged.
      const { dictionary } = await lookups();
      const { spots } = engine.glossary.scan(texts, dictionary ? (word) => dictionary.has(word) : undefined);
      // Then the entries the spots name, in order of first appearance: only their files are read.
      const ids = [...new Set(spots.flat().flatMap((spot) => (spot.entryId ? [spot.entryId] : [])))];
      await glossaryEntries.load(ids);
      return { spots, entries: ids.flatMap((id) => engine.glossary.entry(id) ?? []) };
    },
    async search(query, limit) {
      const { dictionary } = await lookups();
      if (!dictionary) return [];
      try {
        await dictionary.loadAll();
      } catch (error) {
        report(error);
        return [];
      }
      return searchDictionary(dictionary, query, limit);
    },
    async checkPlaces(queries) {
      const { dictionary } = await lookups();
      const isPlace = dictionary && dictionaryPlaceCheck(dictionary);
      return queries.map((query) => (isPlace ? (isPlace(query) ?? null) : null));
    },
  };
}
