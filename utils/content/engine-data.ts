import { glossaryInstalled, installGlossary } from '../core/glossary/store';
import { installPinyinTables, pinyinTablesInstalled } from '../core/pinyin/tables';
import { sendToBackground } from '../messaging';

let loading: Promise<void> | null = null;

/** True once the pinyin tables and the glossary are installed in this content script. */
export function engineDataReady(): boolean {
  return pinyinTablesInstalled() && glossaryInstalled();
}

/**
 * Gets the pinyin tables and the glossary from the background and installs them, once per page.
 * They are not in content.js: parsing ~600 KB of data on every news page as it loads cost ~35 ms of
 * script time in Chromium (bench/browser.bench.ts); received as a message they cost a few ms, in a
 * later task, and only on pages where ZhuDu is on. A failed request can be tried again.
 */
export function loadEngineData(): Promise<void> {
  if (engineDataReady()) return Promise.resolve();
  loading ??= sendToBackground('getEngineData', undefined).then(
    (data) => {
      installPinyinTables(data.pinyin);
      installGlossary(data.glossary);
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
