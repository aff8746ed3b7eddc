import type { DictLabel } from '../dictionary/types';
import type { GlossaryEntry } from '../glossary/types';
import type { ToneStyle } from '../pinyin/syllable';
import type { UnitKind } from './segmenter';

/** One reading of a word in the dictionary, ready to show: pinyin in the reader's tone style. */
export interface WordMeaning {
  pinyin: string;
  senses: string[];
  /** Measure words with their pinyin: `个 gè`. */
  classifiers: string[];
  labels: DictLabel[];
}

/** A shorter word inside the headword, as Zhongwen lists them: 生产力 inside 新质生产力. */
export interface InnerWord {
  text: string;
  pinyin: string;
  sense?: string;
}

/** What the card says about the word under the pointer. */
export interface WordCard {
  text: string;
  /** Pinyin read in context by ZhuDu's reader, one per Han character. */
  syllables: string[];
  kind: UnitKind;
  /** Romanised proper name of a place (Zhūzhōu), when the word is one. */
  name?: string;
  /** A short English gloss from ZhuDu's own data (places, local words). */
  gloss?: string;
  /** Characters whose reading is a guess between several, with the other readings. */
  polyphones?: { char: string; alternatives: string[] }[];
  /** CC-CEDICT's readings of the word, the one read in context first. */
  meanings?: WordMeaning[];
  inner?: InnerWord[];
}

/** The glossary term under the pointer: an entry, or a quoted slogan the glossary cannot explain. */
export interface WordTerm {
  text: string;
  entry?: GlossaryEntry;
  /** The glossary has this term, but its entries file could not be read (a damaged install): the card says so. */
  unavailable?: true;
}

/** The answer to "what is at this offset": the unit's span in the text that was asked about. */
export interface WordLookup {
  start: number;
  end: number;
  word: WordCard;
  term?: WordTerm;
  /** The segmenter's unit this word was cut from, when no dictionary explains that unit whole. */
  cutFrom?: string;
}

/** Whether a card explains its word: an English sense, a gloss, a name or place label, or a glossary entry. */
export function explains(lookup: WordLookup): boolean {
  const { word, term } = lookup;
  return (
    !!term?.entry ||
    !!word.gloss ||
    word.kind === 'name' ||
    word.kind === 'place' ||
    (word.meanings ?? []).some((meaning) => meaning.senses.length > 0 || meaning.labels.some((label) => label === 'name' || label === 'place' || label === 'surname'))
  );
}

/** What the card asks about a word: the sentence it is in, the offset, and how to write readings. */
export interface WordRequest {
  text: string;
  offset: number;
  toneStyle: ToneStyle;
  toneSandhi: boolean;
  /** The user's readings of words in `text` (pairs: Maps do not cross Chrome's messaging). */
  corrections: [string, string][];
}
