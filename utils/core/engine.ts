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
  const reader = createPinyinReader(data.pinyin);
  const spell = (form: string) => reader.readChars(form, { toneStyle: 'none', toneSandhi: false }).map((c) => c.pinyin);
  return { reader, glossary: createGlossary(data.glossary, { spell }) };
}
