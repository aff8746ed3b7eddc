/**
 * Where the build puts the dictionary in the extension (wxt.config.ts, build/dictionary-assets.ts).
 * The background reads it with `fetch(browser.runtime.getURL(PACKED_DICTIONARY_PATH))`: a file of
 * the extension's own package, not a network request.
 */
export const PACKED_DICTIONARY_PATH = '/dictionary/cedict.bin';
/** CC-CEDICT's licence and credit, next to the data (CC BY-SA 4.0 asks for both). */
export const DICTIONARY_LICENSE_PATH = '/dictionary/LICENSE-CC-CEDICT.txt';
/** The CC-CEDICT copy ZhuDu ships (scripts/dictionary/package-source.ts refuses any other), for the credits. */
export const CEDICT_EDITION = '2026-01-04';
