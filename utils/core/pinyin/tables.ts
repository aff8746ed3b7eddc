/**
 * The generated tables the pinyin reader runs on (scripts/build-char-table.ts and
 * scripts/build-pinyin-data.ts): about 450 KB of text. They are installed, not imported, so that the
 * content script can leave them out of the script every news page loads and ask the background for
 * them when a reading is first needed (content/pinyin-data.ts). Everything else installs the bundled copy by
 * importing utils/core/bundled-data.ts.
 */
export interface PinyinTables {
  /** pruned-words.ts WORDS: `word cost syllables`, one word a line. */
  words: string;
  /** pruned-words.ts CHAR_COSTS: `cost chars`, one cost a line. */
  charCosts: string;
  /** char-table.ts CHAR_TABLE: `readings|characters`, one reading list a line. */
  charTable: string;
}

let installed: PinyinTables | null = null;

export function installPinyinTables(tables: PinyinTables): void {
  if (installed && installed !== tables) throw new Error('ZhuDu: other pinyin tables are already installed');
  installed = tables;
}

export function pinyinTablesInstalled(): boolean {
  return installed !== null;
}

/** The installed tables; throws when nothing installed them (a missing bundled-data import). */
export function pinyinTables(): PinyinTables {
  if (!installed) throw new Error('ZhuDu: pinyin tables are not installed (import utils/core/bundled-data, or load them from the background)');
  return installed;
}
