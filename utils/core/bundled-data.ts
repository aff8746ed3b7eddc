import { GLOSSARY } from './glossary/entries';
import type { GlossaryEntry } from './glossary/types';
import { BUNDLED_PINYIN } from './pinyin/bundled-tables';
import type { PinyinTables } from './pinyin/tables';

/** The data an engine is made from. */
export interface EngineData {
  pinyin: PinyinTables;
  glossary: readonly GlossaryEntry[];
}

/**
 * The data ZhuDu ships with. The extension's own pages, the CLI, benchmarks and tests import it; the
 * content script never does, so that a news page does not parse ~600 KB of data while it loads (it
 * asks the background for the pinyin tables, and for its article's terms). Nor does the background:
 * it holds the pinyin tables and the glossary's forms, and reads entries' texts from the package.
 */
export const BUNDLED_DATA: EngineData = {
  pinyin: BUNDLED_PINYIN,
  glossary: GLOSSARY,
};
