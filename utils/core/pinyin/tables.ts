/**
 * The generated tables the pinyin reader runs on (scripts/build-char-table.ts and
 * scripts/build-pinyin-data.ts): about 450 KB of text. A reader is made from them
 * (`createPinyinReader` in readings.ts); the content script leaves them out of the script every news
 * page loads and asks the background for them when a reading is first needed.
 */
export interface PinyinTables {
  /** pruned-words.ts WORDS: `word cost syllables`, one word a line. */
  words: string;
  /** pruned-words.ts CHAR_COSTS: `cost chars`, one cost a line. */
  charCosts: string;
  /** char-table.ts CHAR_TABLE: `readings|characters`, one reading list a line. */
  charTable: string;
}
