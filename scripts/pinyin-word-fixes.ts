/**
 * Word readings that replace those of the sources (@pinyin-pro/data, pinyin-pro) when the word data
 * is built (scripts/build-pinyin-data.ts): only where a source contradicts 现代汉语词典 (7th edition)
 * for a word local news uses. One syllable per character, tone marks, no sandhi.
 */
export const WORD_READING_FIXES: Readonly<Record<string, string>> = {
  // The dictionary gives qìfēn with its full tone; @pinyin-pro/data writes the second syllable neutral.
  气氛: 'qì fēn',
};
