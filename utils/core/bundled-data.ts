import { GLOSSARY } from './glossary/entries';
import type { GlossaryEntry } from './glossary/types';
import { CHAR_TABLE } from './pinyin/data/char-table';
import { CHAR_COSTS, WORDS } from './pinyin/data/pruned-words';
import type { PinyinTables } from './pinyin/tables';

/** The data an engine is made from. */
export interface EngineData {
  pinyin: PinyinTables;
  glossary: readonly GlossaryEntry[];
}

/**
 * The data ZhuDu ships with. The background, the extension's own pages, the CLI, benchmarks and
 * tests import it; the content script never does, so that a news page does not parse ~600 KB of
 * data while it loads (it asks the background for the pinyin tables, and for its article's terms).
 */
export const BUNDLED_DATA: EngineData = {
  pinyin: { words: WORDS, charCosts: CHAR_COSTS, charTable: CHAR_TABLE },
  glossary: GLOSSARY,
};
