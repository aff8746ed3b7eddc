/**
 * Where the build puts the dictionary in the extension (wxt.config.ts, build/dictionary-assets.ts):
 * the headword file and the detail shards (split.ts). The background reads them with
 * `fetch(browser.runtime.getURL(…))`: files of the extension's own package, not network requests.
 */
export const HEADWORD_FILE_PATH = '/dictionary/words.bin';
/** Where shard `index` of the entries' details is. */
export function shardPath(index: number): string {
  return `/dictionary/details/${String(index).padStart(3, '0')}.bin`;
}
/** The extension's detail shards are cut at this many bytes of text (about 190 of them). */
export const SHARD_BYTES = 40_000;
/** CC-CEDICT's licence and credit, next to the data (CC BY-SA 4.0 asks for both). */
export const DICTIONARY_LICENSE_PATH = '/dictionary/LICENSE-CC-CEDICT.txt';
/** The CC-CEDICT copy ZhuDu ships (scripts/dictionary/package-source.ts refuses any other), for the credits. */
export const CEDICT_EDITION = '2026-01-04';
