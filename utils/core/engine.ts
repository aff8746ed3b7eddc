import type { EngineData } from './bundled-data';
import { createGlossary, type Glossary } from './glossary/glossary';
import { createPinyinReader, type PinyinReader } from './pinyin/readings';

/** Everything ZhuDu knows how to read, made from data: pinyin and the glossary. */
export interface Engine {
  reader: PinyinReader;
  glossary: Glossary;
}

/** An engine over `data`; its indexes are built on first use, so making one costs nothing. */
export function createEngine(data: EngineData): Engine {
  return { reader: createPinyinReader(data.pinyin), glossary: createGlossary(data.glossary) };
}
