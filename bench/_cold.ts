import { readFileSync } from 'node:fs';
import { BUNDLED_DATA } from '../utils/core/bundled-data.ts';
import { createEngine } from '../utils/core/engine.ts';
import { createSplitDictionary, shardPath } from '../utils/core/dictionary/index.ts';
import { createWordLookups } from '../utils/core/words/word-lookup.ts';
const WARM = process.argv[2] === 'warm';
const t0 = performance.now();
const engine = createEngine(BUNDLED_DATA);
if (WARM) for (const step of engine.reader.warmUp) step();
const t1 = performance.now();
const dir = '.output/chrome-mv3-e2e';
const dictionary = createSplitDictionary(readFileSync(`${dir}/dictionary/words.bin`), async (index) => readFileSync(`${dir}${shardPath(index)}`));
const t2 = performance.now();
const w = createWordLookups({ ...engine, dictionary });
const opts = { toneStyle: 'marks', toneSandhi: false, corrections: new Map() } as never;
const text = '今天株洲市委书记曹慧泉调研投资项目';
for (const at of [10, 14]) {
  const span = w.spanAt(text, at);
  if (span) await dictionary.loadWithin(text, span.start, span.end);
}
const r = w.lookUp(text, 10, opts);
const t3 = performance.now();
w.lookUp('今天株洲市委书记曹慧泉调研投资项目', 14, opts);
const t4 = performance.now();
console.log({ WARM, detailBytes: dictionary.detailBytesRead(), engineAndWarm: (t1 - t0).toFixed(1), dict: (t2 - t1).toFixed(1), firstLookup: (t3 - t2).toFixed(1), second: (t4 - t3).toFixed(1), word: r?.word });
