import { browser } from '#imports';
import { createDictionary, PACKED_DICTIONARY_PATH, type Dictionary } from '../core/dictionary';

/** CC-CEDICT from the extension's own package (a file of the extension, never the network). */
export async function loadPackagedDictionary(): Promise<Dictionary> {
  const response = await fetch(browser.runtime.getURL(PACKED_DICTIONARY_PATH as '/dictionary/cedict.bin'));
  if (!response.ok) throw new Error(`ZhuDu: the dictionary file is missing (${response.status})`);
  return createDictionary(await response.arrayBuffer());
}
