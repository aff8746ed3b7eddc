import { CHAR_TABLE } from './data/char-table';
import { CHAR_COSTS, WORDS } from './data/pruned-words';
import type { PinyinTables } from './tables';

/** The pinyin tables ZhuDu ships with (the background has them without the glossary's texts). */
export const BUNDLED_PINYIN: PinyinTables = { words: WORDS, charCosts: CHAR_COSTS, charTable: CHAR_TABLE };
