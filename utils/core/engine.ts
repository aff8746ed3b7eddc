import type { EngineData } from './bundled-data';
import { createGlossary, createTermFinder, type Glossary, type TermFinder } from './glossary/glossary';
import { matcherOver, type MatcherForm } from './glossary/match';
import type { GlossaryEntry } from './glossary/types';
import { createPinyinReader, type PinyinReader } from './pinyin/readings';
import type { PinyinTables } from './pinyin/tables';

/** What cards are made from: the reader for pinyin in context, and the glossary's term finding. */
export interface ReadingEngine {
  reader: PinyinReader;
  glossary: TermFinder;
}

/** Everything ZhuDu knows how to read, made from data: pinyin and the whole glossary. */
export interface Engine extends ReadingEngine {
  glossary: Glossary;
}

/** An engine over `data`; its indexes are built on first use, so making one costs nothing. */
export function createEngine(data: EngineData): Engine {
  const reader = createPinyinReader(data.pinyin);
  const spell = (form: string) => reader.readChars(form, { toneStyle: 'none', toneSandhi: false }).map((c) => c.pinyin);
  return { reader, glossary: createGlossary(data.glossary, { spell }) };
}

/**
 * The background's engine: the glossary's matcher forms worked out at build time, the entries from
 * `entry` (read from the package when a card needs them: utils/core/glossary/lazy-entries.ts).
 */
export function createReadingEngine(pinyin: PinyinTables, forms: readonly MatcherForm[], entry: (id: string) => GlossaryEntry | undefined): ReadingEngine {
  return { reader: createPinyinReader(pinyin), glossary: createTermFinder(() => matcherOver(forms), entry) };
}
