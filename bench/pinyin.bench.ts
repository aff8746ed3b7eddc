/**
 * Pinyin accuracy, cost and speed.
 *
 *   node --expose-gc --import tsx bench/pinyin.bench.ts     (npm run bench:pinyin)
 *     --with-data          also score pinyin-pro with @pinyin-pro/data modern and complete (slow)
 *     --suggest-defaults   list candidates for char-defaults.ts from dev
 *
 * Accuracy is measured on CPP (g2pM's polyphone benchmark, Apache-2.0), read from
 * ../shared/data/cpp beside the repository; the data never ships with the extension. Each CPP
 * sentence marks one polyphone as ▁X▁ and gives its gold reading in CC-CEDICT style (le5, lu:4).
 * Tune on dev only; test is reported, never looked at to choose anything.
 *
 * The real-news gold (tests/real-news/pinyin, every character of 126 news sentences) is scored too;
 * bench/pinyin-gold.ts lists its wrong characters.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { formatGoldScore, loadGold, scoreGold } from './pinyin-gold';

const CPP_DIR = fileURLToPath(new URL('../../shared/data/cpp/', import.meta.url));
const MARK = '\u2581';

interface Item {
  text: string;
  /** UTF-16 offset of the target character in `text`. */
  at: number;
  char: string;
  gold: string;
}

function loadSplit(split: 'dev' | 'test'): Item[] {
  const sentPath = `${CPP_DIR}${split}.sent`;
  const goldPath = `${CPP_DIR}${split}.lb`;
  if (!existsSync(sentPath) || !existsSync(goldPath)) {
    console.error(`CPP data not found: expected ${sentPath} and ${goldPath}.`);
    console.error('The benchmark reads CPP (g2pM data/, Apache-2.0) from ../shared/data/cpp beside the repository root.');
    process.exit(1);
  }
  const sentences = readFileSync(sentPath, 'utf8').trimEnd().split('\n');
  const golds = readFileSync(goldPath, 'utf8').trimEnd().split('\n');
  if (sentences.length !== golds.length) throw new Error(`${split}: ${sentences.length} sentences, ${golds.length} labels`);
  return sentences.map((marked, i) => {
    const at = marked.indexOf(MARK);
    const text = marked.replaceAll(MARK, '');
    return { text, at, char: String.fromCodePoint(text.codePointAt(at)!), gold: golds[i]! };
  });
}

/** Tone-number pinyin (pinyin-pro style: lü4, le0) → CC-CEDICT style (lu:4, le5). */
function toCedict(numbered: string): string {
  return numbered.replace(/ü/g, 'u:').replace(/0$/, '5').replace(/^([a-z:]+)$/, '$15');
}

type Reader = (text: string, at: number) => string | undefined;

interface Score {
  tones: number;
  toneless: number;
  errors: Map<string, number>;
}

function score(items: Item[], read: Reader): Score {
  let tones = 0;
  let toneless = 0;
  const errors = new Map<string, number>();
  for (const item of items) {
    const got = toCedict(read(item.text, item.at) ?? '?');
    if (got === item.gold) tones++;
    else errors.set(`${item.char} ${item.gold} ${got}`, (errors.get(`${item.char} ${item.gold} ${got}`) ?? 0) + 1);
    if (got.replace(/\d$/, '') === item.gold.replace(/\d$/, '')) toneless++;
  }
  return { tones: tones / items.length, toneless: toneless / items.length, errors };
}

const percent = (x: number) => `${(100 * x).toFixed(2)}%`;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const ms = (x: number) => `${x.toFixed(1)} ms`;

function heapUsed(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) {
    console.error('Run with --expose-gc (node --expose-gc --import tsx bench/pinyin.bench.ts) to measure heap.');
    process.exit(1);
  }
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * `--suggest-defaults`: characters that, standing alone (no word, rule or name settled them), are
 * read wrong on dev more often than right, with the dev majority reading. Candidates for
 * char-defaults.ts, to be checked against news usage by hand; never computed on test.
 */
async function suggestDefaults(dev: Item[]): Promise<void> {
  const { reader } = await import('../tests/helpers/engine');
  const { readChars, charReadings } = reader;
  const tally = new Map<string, Map<string, number>>();
  const current = new Map<string, string>();
  for (const item of dev) {
    const read = readChars(item.text, { toneStyle: 'numbers', toneSandhi: false }).find((r) => r.index === item.at);
    if (!read || read.settledBy) continue;
    current.set(item.char, toCedict(read.pinyin));
    const counts = tally.get(item.char) ?? new Map<string, number>();
    counts.set(item.gold, (counts.get(item.gold) ?? 0) + 1);
    tally.set(item.char, counts);
  }
  const { styleSyllable } = await import('../utils/core/pinyin/syllable');
  for (const [char, counts] of tally) {
    const [best, bestCount] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const now = counts.get(current.get(char)!) ?? 0;
    if (best === current.get(char) || bestCount < now + 2) continue;
    const marked = charReadings(char).find((r) => toCedict(styleSyllable(r, 'numbers')) === best);
    console.log(`${char} ${current.get(char)} → ${best} (${marked ?? 'not in the character table'}): ${bestCount} vs ${now}`);
  }
}

/** Heap and time of evaluating the generated data module as the bundle does: plain JS, fresh process. */
function dataModuleCost(): { ms: number; bytes: number; size: number; gzip: number } {
  const file = fileURLToPath(new URL('../utils/core/pinyin/data/pruned-words.ts', import.meta.url));
  const source = readFileSync(file);
  // The generated module is plain JavaScript (no type syntax), so node can evaluate it as it is.
  const url = `data:text/javascript;base64,${source.toString('base64')}`;
  const probe = `gc(); const h = process.memoryUsage().heapUsed; const t = performance.now();
    const m = await import(${JSON.stringify(url)}); const ms = performance.now() - t; gc(); gc();
    console.log(JSON.stringify({ ms, bytes: process.memoryUsage().heapUsed - h, n: m.WORDS.length }));`;
  // The script goes in on stdin: the module's data URL is too long for a command-line argument.
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module'], { input: probe, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`data module probe failed: ${run.error ?? run.stderr}`);
  const { ms, bytes } = JSON.parse(run.stdout) as { ms: number; bytes: number };
  return { ms, bytes, size: source.length, gzip: gzipSync(source).length };
}

async function main(): Promise<void> {
  const dev = loadSplit('dev');
  if (process.argv.includes('--suggest-defaults')) return suggestDefaults(dev);
  const test = loadSplit('test');

  // Cost: heapUsed after two forced GCs before and after each step, in this fresh process (the CPP
  // files are read before the first measurement); time by performance.now(). Modules are imported
  // under tsx, which adds TypeScript transpiling to import times, so the data module's own
  // evaluation is measured separately as plain JS in a child process.
  let heap = heapUsed();
  let t = performance.now();
  const pinyinPro = await import('pinyin-pro');
  const pinyinProImport = { ms: performance.now() - t, bytes: heapUsed() - heap };
  heap = heapUsed();
  t = performance.now();
  const { BUNDLED_DATA } = await import('../utils/core/bundled-data');
  const { createCharTable } = await import('../utils/core/pinyin/chars');
  const { createWordDictionary } = await import('../utils/core/pinyin/dictionary');
  const { createPinyinReader } = await import('../utils/core/pinyin/readings');
  const readings = createPinyinReader(BUNDLED_DATA.pinyin);
  const importMs = performance.now() - t;
  // Nothing is parsed up front: the first read parses what its characters need (chars.ts, dictionary.ts).
  t = performance.now();
  readings.readChars('株洲市长陈恢清主持召开会议，研究部署工作。');
  const firstReadMs = performance.now() - t;
  const firstReadBytes = heapUsed() - heap;
  t = performance.now();
  const words = createWordDictionary(BUNDLED_DATA.pinyin, createCharTable(BUNDLED_DATA.pinyin.charTable)).load();
  const allWordsMs = performance.now() - t;
  const ours = { importMs, firstReadMs, firstReadBytes, allWordsMs, bytes: heapUsed() - heap, words };
  heap = heapUsed();
  t = performance.now();
  pinyinPro.pinyin('株洲市长陈恢清主持召开会议');
  const automaton = { ms: performance.now() - t, bytes: heapUsed() - heap };
  const data = dataModuleCost();

  const numbered = { toneStyle: 'numbers', toneSandhi: false } as const;
  const zhudu: Reader = (text, at) => readings.readChars(text, numbered).find((r) => r.index === at)?.pinyin;
  const raw: Reader = (text, at) => {
    const position = [...text.slice(0, at)].length;
    return pinyinPro.pinyin(text, { type: 'array', toneType: 'num', toneSandhi: false })[position];
  };

  console.log('ZhuDu pinyin benchmark');
  console.log('CPP polyphones (g2pM): one marked character per sentence, its reading in tone numbers, no sandhi.');
  console.log('Tuned on dev only; test is reported, never used to choose anything.\n');
  const rows: [string, Score, Score][] = [
    ['pinyin-pro 3.29.4, built-in data', score(dev, raw), score(test, raw)],
    ['ZhuDu readChars', score(dev, zhudu), score(test, zhudu)],
  ];
  const table = (name: string, d: Score, s: Score) =>
    `  ${name.padEnd(40)} ${percent(d.tones).padStart(7)} / ${percent(d.toneless).padStart(7)}    ${percent(s.tones).padStart(7)} / ${percent(s.toneless).padStart(7)}`;
  console.log(`  ${''.padEnd(40)} dev: tones / no tones    test: tones / no tones`);
  for (const [name, d, s] of rows) console.log(table(name, d, s));
  console.log(`  (dev ${dev.length} sentences, test ${test.length}; published: g2pM 97.31, g2pW 99.08 on test)`);

  // Every character of running local news, not one polyphone a sentence: the figure a reader sees.
  const gold = scoreGold(loadGold(), (text) => new Map(readings.readChars(text, { toneStyle: 'marks', toneSandhi: false }).map((r) => [r.index, r.pinyin])));
  console.log(`\nReal-news gold (tests/real-news/pinyin, every Han character, no sandhi): ZhuDu readChars ${formatGoldScore(gold)}`);
  console.log(`  ${gold.misses.length} wrong (list them with npx tsx bench/pinyin-gold.ts)`);

  console.log('\n20 most frequent errors of ZhuDu on dev (char, gold, got: count):');
  const errors = [...rows[1]![1].errors].sort((a, b) => b[1] - a[1]).slice(0, 20);
  for (const [key, count] of errors) console.log(`  ${key}: ${count}`);

  console.log('\nCost (heapUsed after global.gc() under node --expose-gc; time by performance.now()):');
  const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);
  line('pinyin-pro module (character table, built-in words):', `${megabytes(pinyinProImport.bytes)}, ${ms(pinyinProImport.ms)} to import`);
  line('ZhuDu pinyin data and code, ready for a first read:', `${megabytes(ours.firstReadBytes)}, the read ${ms(ours.firstReadMs)}`);
  line('  data module evaluated as plain JS (child process):', `${ms(data.ms)}, ${megabytes(data.bytes)}`);
  line(`  every one of the ${ours.words} words parsed too:`, `${megabytes(ours.bytes)}, ${ms(ours.allWordsMs)} more`);
  line('  (modules imported under tsx, transpiling included:', `${ms(ours.importMs)})`);
  line('generated data module:', `${(data.size / 1024).toFixed(0)} KiB, ${(data.gzip / 1024).toFixed(0)} KiB gzipped`);
  line("not needed by ZhuDu: pinyin-pro's segmenter automaton:", `${megabytes(automaton.bytes)}, ${ms(automaton.ms)} (built on its first pinyin() call)`);

  const corpus = [...dev, ...test].map((item) => item.text);
  const chars = corpus.reduce((n, text) => n + text.length, 0);
  const throughput = (read: (text: string) => unknown) => {
    for (const text of corpus.slice(0, 500)) read(text); // warm up
    const start = performance.now();
    for (const text of corpus) read(text);
    return chars / ((performance.now() - start) / 1000);
  };
  const ourSpeed = throughput((text) => readings.readChars(text));
  const rawSpeed = throughput((text) => pinyinPro.pinyin(text, { type: 'all' }));
  console.log(`\nSpeed over all ${corpus.length} CPP sentences (${chars} chars), same process:`);
  console.log(`  ZhuDu readChars ${(ourSpeed / 1e3).toFixed(0)}k chars/s; pinyin-pro pinyin(type 'all') ${(rawSpeed / 1e3).toFixed(0)}k chars/s: ratio ${(ourSpeed / rawSpeed).toFixed(2)}`);

  // A 100-character news sentence (株洲日报, 2025-02-10), as a hovered paragraph would give it.
  const hundred =
    '市人大常委会副主任余群明、王建勇、欧阳瑞丰、李余粮、刘会才，秘书长兰军出席并围绕分管联系领域工作提建议、谈打算。市人大各专门委员会、常委会各工作机构主要负责同志重点围绕2025年工作干什么、怎么干发言。';
  const rounds = 2000;
  const start = performance.now();
  for (let i = 0; i < rounds; i++) readings.readWordAt(hundred, i % 100);
  console.log(`  readWordAt in a ${hundred.length}-char sentence: ${((performance.now() - start) / rounds).toFixed(3)} ms per hover`);

  if (process.argv.includes('--with-data')) {
    // Reference only: pinyin-pro with the full dictionaries it ships separately (57 and 350 MB of heap).
    console.log('\nReference, pinyin-pro with its separate dictionaries loaded:');
    for (const name of ['modern', 'complete'] as const) {
      const dict = ((await import(`@pinyin-pro/data/${name}`)) as { default: Record<string, unknown> }).default;
      pinyinPro.addDict(dict as Parameters<typeof pinyinPro.addDict>[0], name);
      console.log(table(`pinyin-pro + @pinyin-pro/data/${name}`, score(dev, raw), score(test, raw)));
      pinyinPro.removeDict(name);
    }
  }
}

await main();
