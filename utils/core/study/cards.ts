import type { Glossary, GlossaryEntry } from '../glossary';
import type { PinyinReader, ReadingOptions } from '../pinyin/readings';
import { mergeCards, type CardRow } from './anki';

/** A term the page's glossary marks found: only those the glossary explains become cards. */
export interface FoundTerm {
  id?: string;
  known: boolean;
}

export interface LookedUp {
  word: string;
  pinyin: string;
  name?: string;
  gloss?: string;
  /** What it means in English (CC-CEDICT's first senses, or the glossary's gloss for a term). */
  meaning?: string;
  /** The sentence it was looked up in. */
  sentence?: string;
}

/** The glossary entries of the terms found, in the page's order, each once. */
export function foundEntries(terms: readonly FoundTerm[], glossary: Glossary): GlossaryEntry[] {
  const ids = new Set(terms.filter((term) => term.known && term.id).map((term) => term.id!));
  return [...ids].map((id) => glossary.entry(id)).filter((entry) => entry !== undefined);
}

/** The Anki cards of a page: its glossary terms, then the words looked up there that are not terms. */
export function studyCards(
  engine: { reader: PinyinReader; glossary: Glossary },
  terms: readonly FoundTerm[],
  lookups: readonly LookedUp[],
  sourceUrl: string,
  options?: ReadingOptions,
): CardRow[] {
  const termRows = foundEntries(terms, engine.glossary).map((entry) => ({
    term: entry.term,
    pinyin: engine.reader
      .readChars(entry.term, options)
      .map((reading) => reading.pinyin)
      .join(' '),
    gloss: entry.gloss_en,
    english: entry.english.text,
    sentence: '',
    sourceUrl,
  }));
  const lookupRows = lookups.map((word) => ({
    term: word.word,
    pinyin: word.pinyin,
    gloss: word.meaning ?? word.gloss ?? '',
    english: word.name ?? '',
    sentence: word.sentence ?? '',
    sourceUrl,
  }));
  return mergeCards(termRows, lookupRows);
}
