import { GLOSSARY } from './glossary/entries';
import { installGlossary } from './glossary/store';
import { CHAR_TABLE } from './pinyin/data/char-table';
import { CHAR_COSTS, WORDS } from './pinyin/data/pruned-words';
import { installPinyinTables, type PinyinTables } from './pinyin/tables';
import type { GlossaryEntry } from './glossary/types';

/**
 * Importing this module installs the data ZhuDu ships with: the pinyin tables and the glossary.
 * Every part of the extension imports it except the content script, so that a news page does not
 * parse ~600 KB of data while it loads: it asks the background for the pinyin tables when it first
 * needs a reading (content/pinyin-data.ts), and has the background find its article's glossary
 * terms (content/glossary-marks.ts). The CLI, benchmarks and tests import it too.
 */
export interface EngineData {
  pinyin: PinyinTables;
  glossary: readonly GlossaryEntry[];
}

export const BUNDLED_DATA: EngineData = {
  pinyin: { words: WORDS, charCosts: CHAR_COSTS, charTable: CHAR_TABLE },
  glossary: GLOSSARY,
};

installPinyinTables(BUNDLED_DATA.pinyin);
installGlossary(BUNDLED_DATA.glossary);
