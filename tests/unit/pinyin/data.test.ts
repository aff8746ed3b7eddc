import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LIVE_CHARS } from '@/utils/core/pinyin/ambiguity';
import { charDefaultsFingerprint } from '@/utils/core/pinyin/char-defaults';
import { RULE_CHARS } from '@/utils/core/pinyin/context-rules';
import { BUILT_FOR, CHAR_COSTS, WORDS } from '@/utils/core/pinyin/data/pruned-words';
import { createCharTable } from '@/utils/core/pinyin/chars';
import { CHAR_TABLE } from '@/utils/core/pinyin/data/char-table';
import { createWordDictionary } from '@/utils/core/pinyin/dictionary';
import { WORD_READING_FIXES } from '../../../scripts/pinyin-word-fixes';
import { reader } from '../../helpers/engine';

const dictionary = createWordDictionary({ words: WORDS, charCosts: CHAR_COSTS, charTable: CHAR_TABLE }, createCharTable(CHAR_TABLE));

const REBUILD = 'stale word data: run `npx tsx scripts/build-pinyin-data.ts`';

describe('generated word data', () => {
  it('was pruned for the current character defaults, rules, live polyphones and pinyin-pro', () => {
    const require = createRequire(import.meta.url);
    const manifest = require.resolve('pinyin-pro').replace(/dist[\\/]index\.js$/, 'package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    expect(BUILT_FOR.pinyinPro, REBUILD).toBe(version);
    expect(BUILT_FOR.charDefaults, REBUILD).toBe(charDefaultsFingerprint());
    expect(BUILT_FOR.watchedChars, REBUILD).toBe([...new Set(RULE_CHARS + LIVE_CHARS)].sort().join(''));
  });

  it('has one well-formed line per word: Han word, cost, one syllable or = per character', () => {
    const lines = WORDS.split('\n');
    expect(lines.length).toBe(dictionary.load());
    for (const line of lines) {
      const [word, cost, ...syllables] = line.split(' ');
      expect(word, line).toMatch(/^\p{Script=Han}{2,}$/u);
      expect(cost, line).toMatch(/^\d{2,3}$/);
      if (syllables.length > 0) expect(syllables, line).toHaveLength(word!.length);
    }
    for (const line of CHAR_COSTS.split('\n')) expect(line).toMatch(/^\d{2,3} \p{Script=Han}+$/u);
  });

  it('finds each word among those of its first character, as a parse of every line would', () => {
    // Parsed one first character at a time (binary search over the sorted lines): every word, and the longest word from each pair.
    const fresh = createWordDictionary({ words: WORDS, charCosts: CHAR_COSTS, charTable: CHAR_TABLE }, createCharTable(CHAR_TABLE));
    const longest = new Map<string, number>();
    for (const line of WORDS.split('\n')) {
      const [word, cost] = line.split(' ');
      expect(fresh.cost(word!), word).toBe(Number(cost) / 10);
      longest.set(word!.slice(0, 2), Math.max(longest.get(word!.slice(0, 2)) ?? 0, word!.length));
    }
    for (const [pair, length] of longest) expect(fresh.longestFrom(pair), pair).toBe(length);
    expect([fresh.cost(''), fresh.cost('株'), fresh.cost('〇〇'), fresh.cost('𠮷𠮷'), fresh.longestFrom('')]).toEqual([undefined, undefined, undefined, undefined, 0]);
    expect(fresh.cost(WORDS.slice(0, WORDS.indexOf(' ')))).toBeDefined(); // the first line
    expect(fresh.cost(WORDS.slice(WORDS.lastIndexOf('\n') + 1).split(' ')[0]!)).toBeDefined(); // and the last
  });

  it('decodes words against pinyin-pro character readings', () => {
    const read = (word: string) => dictionary.syllables(word)?.syllables.join(' ');
    expect(read('角色')).toBe('jué sè');
    expect(read('蛤蟆')).toBe('há ma'); // kept although it reads as pinyin-pro would: 蛤 alone is gé here
    expect(read('空地')).toBe('kòng dì');
    expect(read('一期')).toBe('yī qī'); // written out: the sandhi rule would make it yì
    expect(dictionary.syllables('一样')?.explicit).toEqual([false, false]); // 一 left to sandhi (yí)
    expect(dictionary.syllables('不是一个词')).toBeUndefined();
  });

  it('reads the words whose source readings were fixed as the fixes say, alone and in longer words', () => {
    for (const [word, pinyin] of Object.entries(WORD_READING_FIXES)) {
      expect(reader.pinyinLine(word, { toneStyle: 'marks', toneSandhi: false }), REBUILD).toBe(pinyin);
    }
    expect(reader.pinyinLine('现场洋溢着祥和的节日气氛')).toContain('qì fēn');
    expect(reader.pinyinLine('营造祥和气氛')).toContain('qì fēn');
  });

  it('prices words by frequency, so 天空 + 地 beats 天 + 空地', () => {
    const cost = (word: string) => dictionary.cost(word) ?? Infinity;
    expect(cost('天空') + dictionary.charCost('地')).toBeLessThan(dictionary.charCost('天') + cost('空地'));
    expect(dictionary.charCost('了')).toBeLessThan(7);
    expect(dictionary.charCost('𠮷')).toBe(13);
  });
});
