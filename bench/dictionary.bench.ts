/**
 * Dictionary benchmark: what the packed CC-CEDICT costs to ship, load and hold, and how fast it
 * answers, against the obvious alternative run in the same process (every entry as a JS object
 * from JSON.parse, looked up in a Map).
 *
 *   node --expose-gc --import tsx bench/dictionary.bench.ts     (npm run bench:dictionary)
 *
 * Memory is heapUsed + arrayBuffers after two forced GCs (the packed bytes live in an ArrayBuffer,
 * outside the JS heap). Prints figures and ratios only; nothing here asserts a time.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { packedDictionaryPath, splitDictionaryFiles } from '../scripts/dictionary/packed-file';
import { openPacked } from '../utils/core/dictionary/format';
import { createDictionary, createSplitDictionary, type DictEntry, type Dictionary } from '../utils/core/dictionary/index';

const LOAD_ROUNDS = 41;
const WORDS = 10_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function memory(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.error('Run with --expose-gc (node --expose-gc --import tsx bench/dictionary.bench.ts) to measure memory.');
    process.exit(1);
  }
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Calls per second of `run` over `items`, best of five passes after a warm-up. */
function rate<T>(items: readonly T[], run: (item: T) => unknown): number {
  let best = Infinity;
  for (let pass = 0; pass < 6; pass++) {
    const t0 = performance.now();
    for (const item of items) run(item);
    const ms = performance.now() - t0;
    if (pass > 0) best = Math.min(best, ms);
  }
  return (items.length / best) * 1000;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const times = (ours: number, theirs: number) => `${(theirs / ours).toFixed(1)}×`;

// Size: as shipped, and as it sits in the store zip (deflate).
const path = packedDictionaryPath();
const file = readFileSync(path);
console.log(`Packed CC-CEDICT: ${path}`);
console.log(`  size ${mib(file.length)} raw, ${mib(gzipSync(file, { level: 9 }).length)} gzipped, ${mib(deflateRawSync(file, { level: 9 }).length)} deflated as in a zip`);

// The split the extension ships (utils/core/dictionary/split.ts): a cold start reads the headword
// file, then only the shards of the card's words.
const split = splitDictionaryFiles();
const headwordFile = readFileSync(split.headwords);
const shardFiles = split.shards.map((shard) => readFileSync(shard));
const shardSizes = shardFiles.map((shard) => shard.length);
const deflated = (bytes: Uint8Array) => deflateRawSync(bytes, { level: 9 }).length;
console.log(
  `  shipped split: headword file ${mib(headwordFile.length)} (${mib(deflated(headwordFile))} deflated), ${shardFiles.length} detail shards ` +
    `${mib(shardSizes.reduce((a, b) => a + b, 0))} (${mib(shardFiles.reduce((sum, shard) => sum + deflated(shard), 0))} deflated), ` +
    `${(Math.min(...shardSizes) / 1000).toFixed(0)}–${(Math.max(...shardSizes) / 1000).toFixed(0)} KB each`,
);
const splitLoads: number[] = [];
const splitFirst: number[] = [];
let coldBytes = 0;
for (let round = 0; round < LOAD_ROUNDS; round++) {
  const bytes = headwordFile.buffer.slice(headwordFile.byteOffset, headwordFile.byteOffset + headwordFile.length) as ArrayBuffer;
  const t0 = performance.now();
  const fresh = createSplitDictionary(bytes, async (index) => shardFiles[index]!.slice());
  const t1 = performance.now();
  await fresh.loadWithin('投资项目', 0, 2);
  fresh.lookup('投资');
  splitFirst.push(performance.now() - t1);
  splitLoads.push(t1 - t0);
  coldBytes = headwordFile.length + fresh.detailBytesRead();
}
console.log(`  split cold load: ready in ${median(splitLoads).toFixed(3)} ms, 投资's card loaded and looked up in ${median(splitFirst).toFixed(3)} ms; ${mib(coldBytes)} read in all (the single file: ${mib(file.length)})`);

// Cold load: bytes in hand → ready, then the first lookup, each time on a fresh copy of the bytes
// (as a service worker that was stopped gets them again from fetch).
const loads: number[] = [];
const firstLookups: number[] = [];
for (let round = 0; round < LOAD_ROUNDS; round++) {
  const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.length) as ArrayBuffer;
  const t0 = performance.now();
  const fresh = createDictionary(bytes);
  const t1 = performance.now();
  fresh.lookup('投资');
  firstLookups.push(performance.now() - t1);
  loads.push(t1 - t0);
}
const before = memory();
const dictionary: Dictionary = createDictionary(file.buffer.slice(file.byteOffset, file.byteOffset + file.length));
const afterLoad = memory();
console.log(`  ${dictionary.size} entries, ${dictionary.headwords} headwords, CEDICT ${dictionary.date}`);

/**
 * The inputs, made in a function so that nothing but them outlives it: 10,000 headwords spread over
 * the whole data, the fixture news text for matchLengths, and every entry as JSON for the baseline.
 */
function inputs(): { sample: string[]; news: string; json: string } {
  const lines = new TextDecoder().decode(openPacked(file).text).split('\n').slice(0, -1);
  const headwords = [...new Set(lines.map((line) => line.slice(0, line.indexOf('\t'))))];
  const sample = Array.from({ length: WORDS }, (_, i) => headwords[Math.floor((i * headwords.length) / WORDS)]!);
  const every = headwords.flatMap((word) => dictionary.lookup(word));
  const articles = JSON.parse(readFileSync(new URL('../tests/fixtures/articles.json', import.meta.url), 'utf8')) as { title: string; paragraphs: string[] }[];
  const news = articles.flatMap((article) => [article.title, ...article.paragraphs]).join('\n');
  return { sample, news, json: JSON.stringify(every) };
}
const { sample, news, json } = inputs();

const lookupRate = rate(sample, (word) => dictionary.lookup(word));
const hasRate = rate(sample, (word) => dictionary.has(word));
const positions = Array.from({ length: news.length }, (_, i) => i);
const matchRate = rate(positions, (at) => dictionary.matchLengths(news, at, 8));

// English: the first search builds the index.
const beforeEnglish = memory();
let t0 = performance.now();
dictionary.searchEnglish('invest', 10);
const indexMs = performance.now() - t0;
const afterEnglish = memory();
const queries = ['invest', 'productive forces', 'mayor', 'trump card', 'city', 'county', 'water', 'to discuss', 'high quality', 'book'];
const queryMs = queries.map((query) => {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    dictionary.searchEnglish(query, 10);
    runs.push(performance.now() - start);
  }
  return { query, ms: median(runs) };
});

// Baseline: every entry as an object from JSON, then a Map from word to its entries.
const beforeBaseline = memory();
t0 = performance.now();
let parsed = JSON.parse(json) as DictEntry[];
const parseMs = performance.now() - t0;
const afterParse = memory();
t0 = performance.now();
const map = new Map<string, DictEntry[]>();
for (const entry of parsed) {
  const list = map.get(entry.word);
  if (list) list.push(entry);
  else map.set(entry.word, [entry]);
}
const mapMs = performance.now() - t0;
const afterMap = memory();
const mapRate = rate(sample, (word) => map.get(word) ?? []);
const entryCount = parsed.length;
parsed = []; // the Map still holds every object
const mapOnly = memory();

const packedBytes = afterLoad - before;
const baselineBytes = afterMap - beforeBaseline;
console.log('\nLoad (bytes in hand → ready):');
console.log(`  packed      ${median(loads).toFixed(3)} ms median of ${LOAD_ROUNDS}, first lookup after it ${median(firstLookups).toFixed(3)} ms`);
console.log(`  baseline    JSON.parse of ${entryCount} entries ${parseMs.toFixed(0)} ms (${mib(json.length * 2)} of JSON text), Map from them ${mapMs.toFixed(0)} ms`);
console.log(`  → packed loads ${times(median(loads), parseMs + mapMs)} faster`);
console.log('\nMemory (heapUsed + arrayBuffers after GC):');
console.log(`  packed      ${mib(packedBytes)} after load; English index +${mib(afterEnglish - beforeEnglish)} (its arrays: ${mib(dictionary.englishIndexBytes())}), built in ${indexMs.toFixed(0)} ms on the first search`);
console.log(`  baseline    ${mib(afterParse - beforeBaseline)} for the parsed objects, ${mib(afterMap - beforeBaseline)} with the Map, ${mib(mapOnly - beforeBaseline)} for the Map alone`);
console.log(`  → packed holds ${times(packedBytes, baselineBytes)} less; with its English index ${times(packedBytes + afterEnglish - beforeEnglish, baselineBytes)} less`);
console.log(`\nLookups (${WORDS} headwords spread over the data):`);
console.log(`  lookup()    ${Math.round(lookupRate).toLocaleString('en')} /s (decodes every entry it returns)`);
console.log(`  has()       ${Math.round(hasRate).toLocaleString('en')} /s`);
console.log(`  Map.get     ${Math.round(mapRate).toLocaleString('en')} /s (baseline: objects already decoded) → lookup() is ${(mapRate / lookupRate).toFixed(1)}× slower, has() ${(mapRate / hasRate).toFixed(1)}×`);
console.log(`  matchLengths(text, i, 8) at every position of the fixture news (${news.length} chars): ${Math.round(matchRate).toLocaleString('en')} positions/s`);
console.log('\nEnglish search (median of 5, limit 10):');
for (const { query, ms } of queryMs) {
  const top = dictionary.searchEnglish(query, 3).map((entry) => entry.word).join(' ');
  console.log(`  ${query.padEnd(26)} ${ms.toFixed(2).padStart(7)} ms   ${top}`);
}
// Keep the baseline alive until it was measured.
if (map.size === 0) console.log(entryCount);
