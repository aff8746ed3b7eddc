/**
 * Builds utils/core/pinyin/data/pruned-words.ts, the word dictionary ZhuDu reads with.
 *
 *   npx tsx scripts/build-pinyin-data.ts
 *
 * Re-run it after changing char-defaults.ts or the characters context-rules.ts covers: which words
 * must be kept depends on both (a unit test fails until the data matches them again).
 *
 * Sources: @pinyin-pro/data's complete dictionary (348,838 entries with frequencies; 350 MB of heap
 * if loaded into pinyin-pro) and pinyin-pro's own built-in words (4,083, probability 2e-8 each). Where
 * both have a word, the built-in reading is kept with complete's frequency (see mergeSources). The
 * few readings in pinyin-word-fixes.ts, where the sources contradict the dictionary, win over both.
 *
 * A word is kept when
 *   1. it reads differently from its characters' default readings (character table + our
 *      char-defaults.ts, with 一/不 sandhi): without it the reading would be wrong; or
 *   2. it is frequent (≥ BLOCKER_MIN): such words win the segmentation against a rarer word that
 *      overlaps them and reads wrongly (角色 vs 要角); or
 *   3. it holds a watched character and is not rare (≥ WATCHED_WORD_MIN): one a context rule may
 *      re-read (为, 地, 得 …) or a live polyphone (ambiguity.ts). Rules only read characters standing
 *      alone, and the tooltip lists alternatives only for them, so "alone" must mean that the
 *      dictionary knows no word around the character, not that the word was pruned.
 * and then dropped again (longest first) when the remaining dictionary reads it right anyway
 * (长江大桥 = 长江 + 大桥) and leaves no watched character alone.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { charDefaultsFingerprint } from '../utils/core/pinyin/char-defaults';
import { createCharTable } from '../utils/core/pinyin/chars';
import { CHAR_TABLE } from '../utils/core/pinyin/data/char-table';
import { LIVE_CHARS } from '../utils/core/pinyin/ambiguity';
import { RULE_CHARS } from '../utils/core/pinyin/context-rules';
import { UNKNOWN_COST } from '../utils/core/pinyin/lattice';
import { readSentence, type Dictionary } from '../utils/core/pinyin/reader';
import { isSandhiChar, sandhiReading } from '../utils/core/pinyin/sandhi';
import { isHan } from '../utils/core/text/han';
import { WORD_READING_FIXES } from './pinyin-word-fixes';

const BLOCKER_MIN = 1e-9;
const WATCHED_WORD_MIN = 1e-10;
/** Frequencies of single characters (complete has 11,571); the rarer ones cost UNKNOWN_COST anyway. */
const CHAR_COST_MIN = 1e-10;
// Tried on CPP dev: BLOCKER_MIN 3e-10 / 3e-9, WATCHED_WORD_MIN 1e-11, CHAR_COST_MIN 1e-11 / 1e-9 all
// move accuracy by ≤ 0.02 points; these keep the data small.

const require = createRequire(import.meta.url);
/** pinyin-pro's character table, as the reader uses it at run time. */
const CHARS = createCharTable(CHAR_TABLE);
const OUT = fileURLToPath(new URL('../utils/core/pinyin/data/pruned-words.ts', import.meta.url));

interface Source {
  syllables: string[];
  probability: number;
}

type RawEntry = [string, number, string?];

/** pinyin-pro's built-in words are not exported; its data modules are read from the package. */
async function builtinWords(): Promise<Map<string, Source>> {
  const dataDir = new URL('data/', `file://${require.resolve('pinyin-pro').replace(/index\.js$/, 'esm/')}`);
  const words = new Map<string, Source>();
  for (const name of ['dict2', 'dict3', 'dict4', 'dict5']) {
    const dict = (await import(new URL(`${name}.mjs`, dataDir).href)).default as Record<string, string>;
    for (const [word, pinyin] of Object.entries(dict)) words.set(word, { syllables: pinyin.split(' '), probability: 2e-8 });
  }
  // Numbers before 重/行/斗/更 (一行 yì háng) and the few numerals that never take sandhi (第一).
  const special = (await import(new URL('special.mjs', dataDir).href)) as {
    PatternNumberDict: { zh: string; pinyin: string; probability: number }[];
  };
  for (const pattern of special.PatternNumberDict) {
    words.set(pattern.zh, { syllables: pattern.pinyin.split(' '), probability: pattern.probability });
  }
  return words;
}

function completeWords(): { words: Map<string, Source>; chars: Map<string, number> } {
  const path = require.resolve('@pinyin-pro/data/complete.json');
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Record<string, RawEntry>;
  const words = new Map<string, Source>();
  const chars = new Map<string, number>();
  for (const [word, [pinyin, probability]] of Object.entries(raw)) {
    if ([...word].length === 1) {
      if (probability >= CHAR_COST_MIN && isHan(word) && word.length === 1) chars.set(word, costOf(probability));
    } else {
      words.set(word, { syllables: pinyin.split(' '), probability });
    }
  }
  return { words, chars };
}

/**
 * Union of both sources; only words of 2+ BMP Han characters, one syllable each. pinyin-pro's
 * built-in words are its curated polyphone readings but all carry a flat 2e-8, so where complete
 * has the word too, its corpus frequency is used with the built-in reading (空地 at 2e-8 would
 * otherwise beat 天空 in 天空地水).
 */
function mergeSources(...sources: Map<string, Source>[]): Map<string, Source> {
  const merged = new Map<string, Source>();
  for (const source of sources) {
    for (const [word, entry] of source) {
      const chars = [...word];
      if (chars.length < 2 || word.length !== chars.length || !chars.every(isHan)) continue;
      if (entry.syllables.length !== chars.length) continue;
      const seen = merged.get(word);
      merged.set(word, seen ? { syllables: seen.syllables, probability: entry.probability } : entry);
    }
  }
  return merged;
}

/**
 * The sources' words with WORD_READING_FIXES applied, also inside longer words (祥和气氛 like 气氛),
 * which would otherwise keep the sources' reading and win over the fixed word. A fixed word the
 * sources lack gets pinyin-pro's flat 2e-8.
 */
function applyReadingFixes(merged: Map<string, Source>): Map<string, Source> {
  const fixes = Object.entries(WORD_READING_FIXES).map(([word, pinyin]) => ({ word, syllables: pinyin.split(' ') }));
  const fixed = new Map<string, Source>();
  for (const [word, entry] of merged) {
    let syllables = entry.syllables;
    for (const fix of fixes) {
      for (let at = word.indexOf(fix.word); at >= 0; at = word.indexOf(fix.word, at + 1)) {
        syllables = [...syllables.slice(0, at), ...fix.syllables, ...syllables.slice(at + fix.word.length)];
      }
    }
    fixed.set(word, { ...entry, syllables });
  }
  for (const fix of fixes) if (!fixed.has(fix.word)) fixed.set(fix.word, { syllables: fix.syllables, probability: 2e-8 });
  return fixed;
}

/** Version from the package.json `up` levels above the directory of a resolved entry file. */
function packageVersion(entry: string, up: string): string {
  const manifest = new URL(`${up}/package.json`, `file://${entry}`);
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Cost as stored: −log10(probability) in tenths. */
function costOf(probability: number): number {
  return Math.round(-Math.log10(probability) * 10);
}

/** The syllable the data stores: written out unless it is pinyin-pro's first reading (`=`). */
function encode(char: string, syllable: string, sandhiDecides: boolean): string {
  if (isSandhiChar(char)) return sandhiDecides ? '=' : syllable;
  return syllable === CHARS.first(char) ? '=' : syllable;
}

/** A dictionary over entries being pruned, with the same cost model as the shipped one. */
function dictionaryOf(
  entries: Map<string, Kept>,
  charCosts: Map<string, number>,
): Dictionary {
  const longest = new Map<string, number>();
  for (const word of entries.keys()) longest.set(word.slice(0, 2), Math.max(longest.get(word.slice(0, 2)) ?? 0, word.length));
  return {
    cost: (word) => {
      const entry = entries.get(word);
      return entry && entry.cost / 10;
    },
    charCost: (char) => (charCosts.get(char) ?? UNKNOWN_COST * 10) / 10,
    longestFrom: (pair) => longest.get(pair) ?? 0,
    syllables: (word) => entries.get(word),
  };
}

/** Characters whose every common word the data keeps: context-rule characters and live polyphones. */
const WATCHED_CHARS = [...new Set(RULE_CHARS + LIVE_CHARS)].sort().join('');

function holdsWatchedChar(word: string): boolean {
  return [...word].some((char) => WATCHED_CHARS.includes(char));
}

function charCostLines(costs: Map<string, number>): string[] {
  const byCost = new Map<number, string[]>();
  for (const [char, cost] of costs) byCost.set(cost, [...(byCost.get(cost) ?? []), char]);
  return [...byCost.keys()].sort((a, b) => a - b).map((cost) => `${cost} ${byCost.get(cost)!.sort().join('')}`);
}

/**
 * Whether the dictionary reads `word` as `syllables` without the word itself, with every watched
 * character still inside some word (so the rules and the tooltip see the same "alone" as before).
 */
function readsWithout(word: string, dict: Dictionary, syllables: readonly string[]): boolean {
  return readSentence(word, dict, CHARS, true).every(
    (read, i) => read.reading === syllables[i] && (!WATCHED_CHARS.includes(read.char) || read.settledBy === 'word'),
  );
}

interface Kept {
  cost: number;
  syllables: string[];
  explicit: boolean[];
}

/** Rules 1–3 of the header: which merged words to keep, and which of them read unlike their characters. */
function selectWords(merged: Map<string, Source>, empty: Dictionary, counts: Record<string, number>) {
  const kept = new Map<string, Kept>();
  const differing = new Set<string>();
  for (const [word, { syllables, probability }] of merged) {
    // Read alone with no dictionary: character defaults, rules and sandhi, exactly as at run time.
    const alone = readSentence(word, empty, CHARS, true);
    if (alone.some((read, i) => read.reading !== syllables[i])) {
      counts.differs!++;
      differing.add(word);
    } else if (probability >= BLOCKER_MIN) {
      counts.blockers!++;
    } else if (holdsWatchedChar(word) && probability >= WATCHED_WORD_MIN) {
      counts.watchedWords!++;
    } else {
      continue;
    }
    // 一/不 inside a word are left to the sandhi rule unless the dictionary disagrees with it.
    const chars = [...word];
    const explicit = chars.map(
      (char, i) => !isSandhiChar(char) || sandhiReading(char, chars[i - 1], chars[i + 1], syllables[i + 1]) !== syllables[i],
    );
    kept.set(word, { cost: costOf(probability), syllables, explicit });
  }
  return { kept, differing };
}

/** The last step of the header: drop words the rest of the dictionary reads right, longest first. */
function dropRedundant(kept: Map<string, Kept>, differing: Set<string>, charCosts: Map<string, number>): number {
  const dict = dictionaryOf(kept, charCosts);
  // Only words kept for their reading can be redundant; a frequent word is kept for the cut it makes.
  const longestFirst = [...differing].filter((word) => word.length >= 3).sort((a, b) => b.length - a.length);
  let dropped = 0;
  for (const word of longestFirst) {
    const entry = kept.get(word)!;
    kept.delete(word);
    if (readsWithout(word, dict, entry.syllables)) dropped++;
    else kept.set(word, entry);
  }
  return dropped;
}

function renderModule(kept: Map<string, Kept>, charCosts: Map<string, number>, counts: Record<string, number>): string {
  const lines = [...kept.keys()].sort().map((word) => {
    const { cost, syllables, explicit } = kept.get(word)!;
    const encoded = [...word].map((char, i) => encode(char, syllables[i]!, !explicit[i]));
    return encoded.every((syllable) => syllable === '=') ? `${word} ${cost}` : `${word} ${cost} ${encoded.join(' ')}`;
  });
  const versions = {
    pinyinPro: packageVersion(require.resolve('pinyin-pro'), '..'),
    data: packageVersion(require.resolve('@pinyin-pro/data/complete.json'), '..'),
  };
  return `// GENERATED by scripts/build-pinyin-data.ts. Do not edit; re-run the script.
// ${lines.length} words pruned from ${counts.merged} (@pinyin-pro/data ${versions.data} complete + pinyin-pro ${versions.pinyinPro} built-in):
// ${counts.differs} read unlike their characters, ${counts.blockers} frequent ones that win the segmentation,
// ${counts.watchedWords} more around watched characters; ${counts.redundant} dropped as the rest reads them right.
// Data: @pinyin-pro/data (ISC) and pinyin-pro (MIT), both by zh-lx.

/** What the data was pruned for; tests/unit/pinyin/data.test.ts checks that it still matches. */
export const BUILT_FOR = {
  pinyinPro: '${versions.pinyinPro}',
  charDefaults: '${charDefaultsFingerprint()}',
  watchedChars: '${WATCHED_CHARS}',
};

/** One word a line: \`word cost syllables\` (see dictionary.ts). */
export const WORDS = \`${lines.join('\n')}\`;

/** Costs of single characters, one line per cost: \`cost chars\`. */
export const CHAR_COSTS = \`${charCostLines(charCosts).join('\n')}\`;
`;
}

async function main(): Promise<void> {
  const complete = completeWords();
  const merged = applyReadingFixes(mergeSources(await builtinWords(), complete.words)); // built-in first: its readings win
  const counts = { merged: merged.size, differs: 0, blockers: 0, watchedWords: 0, redundant: 0 };
  const { kept, differing } = selectWords(merged, dictionaryOf(new Map(), complete.chars), counts);
  counts.redundant = dropRedundant(kept, differing, complete.chars);
  const module = renderModule(kept, complete.chars, counts);
  writeFileSync(OUT, module);
  console.log(`${OUT}: ${kept.size} words, ${(Buffer.byteLength(module) / 1024).toFixed(0)} KiB`, counts);
}

await main();
