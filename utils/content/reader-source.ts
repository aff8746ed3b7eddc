import { createPinyinReader, type PinyinReader } from '../core/pinyin/readings';
import type { PinyinTables } from '../core/pinyin/tables';

/** The page's pinyin reader, made when its tables first arrive from the background. */
export interface ReaderSource {
  /** The reader, asking the background for its tables the first time; a failed request is asked again next time. */
  load(): Promise<PinyinReader>;
  /** The reader if it is here already (hover stays synchronous once it is). */
  current(): PinyinReader | null;
}

/**
 * The pinyin tables (~450 KB of text) are not in content.js: the page asks for them when something
 * first needs a reading (the first pointer move, or ruby mode), so a page nobody points at never
 * receives them (bench/browser.bench.ts, page load).
 */
export function createReaderSource(fetchTables: () => Promise<PinyinTables>): ReaderSource {
  let reader: PinyinReader | null = null;
  let loading: Promise<PinyinReader> | null = null;
  return {
    load() {
      if (reader) return Promise.resolve(reader);
      loading ??= fetchTables().then(
        (tables) => (reader = createPinyinReader(tables)),
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
    current: () => reader,
  };
}
