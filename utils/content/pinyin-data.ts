import { installPinyinTables, pinyinTablesInstalled } from '../core/pinyin/tables';
import { sendToBackground } from '../messaging';

let loading: Promise<void> | null = null;

export { pinyinTablesInstalled };

/**
 * Gets the pinyin tables (~450 KB of text) from the background and installs them, once per page,
 * when something first needs a reading: the first pointer move, or ruby mode. They are not in
 * content.js, and a page nobody points at never receives them (bench/browser.bench.ts, page load).
 * A failed request can be tried again.
 */
export function loadPinyinTables(): Promise<void> {
  if (pinyinTablesInstalled()) return Promise.resolve();
  loading ??= sendToBackground('getPinyinTables', undefined).then(installPinyinTables, (error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
