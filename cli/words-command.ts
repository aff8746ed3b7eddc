/**
 * `npm run cli -- words < text.txt`: for each input line, one JSON array of the line's words in
 * order, cut and looked up as the card does (core/words/word-lookup.ts, with CC-CEDICT):
 * `{"word","pinyin","senses":[...],"kind"}`. Numbers and Latin words are `other`; punctuation and
 * spaces are left out.
 */
import type { ReadingOptions } from '../utils/core/pinyin/readings';
import type { WordLookups } from '../utils/core/words/word-lookup';
import type { UnitKind } from '../utils/core/words/segmenter';

export interface CliWord {
  word: string;
  pinyin: string;
  senses: string[];
  kind: UnitKind;
}

const WORD_LIKE = /[\p{L}\p{N}]/u;

export function wordsOfLine(lookups: WordLookups, line: string, options: ReadingOptions): CliWord[] {
  const cards = new Map(lookups.lookUpAll(line, options).map((lookup) => [lookup.start, lookup]));
  const words: CliWord[] = [];
  for (const unit of lookups.units(line)) {
    const card = cards.get(unit.start);
    if (card) {
      const { word, term } = card;
      const senses = term?.entry ? [term.entry.gloss_en] : (word.meanings?.[0]?.senses ?? (word.gloss ? [word.gloss] : []));
      words.push({ word: word.text, pinyin: word.syllables.join(' '), senses, kind: word.kind });
    } else if (WORD_LIKE.test(unit.text)) {
      words.push({ word: unit.text, pinyin: '', senses: [], kind: 'other' });
    }
  }
  return words;
}
