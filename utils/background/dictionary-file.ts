import { browser } from '#imports';
import type { PublicPath } from 'wxt/browser';
import { createSplitDictionary, HEADWORD_FILE_PATH, shardPath, type Dictionary } from '../core/dictionary';

/** A file of the extension's own package (never the network). */
async function packageFile(path: PublicPath): Promise<ArrayBuffer> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`ZhuDu: the dictionary file ${path} is missing (${response.status})`);
  return response.arrayBuffer();
}

/** CC-CEDICT from the package: the headword file now, each detail shard when a card needs it. */
export async function loadPackagedDictionary(): Promise<Dictionary> {
  return createSplitDictionary(await packageFile(HEADWORD_FILE_PATH), (index) => packageFile(shardPath(index) as `/dictionary/details/${string}.bin`));
}
