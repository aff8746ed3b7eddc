import { describe, expect, it } from 'vitest';
import { bestPath, type WordSource } from '@/utils/core/pinyin/lattice';

/** A toy dictionary: costs are −log10 of frequencies, characters cost 7 unless listed. */
function source(words: Record<string, number>, chars: Record<string, number> = {}): WordSource {
  return {
    cost: (word) => words[word],
    charCost: (char) => chars[char] ?? 7,
    longestFrom: (pair) => Math.max(0, ...Object.keys(words).filter((w) => w.startsWith(pair)).map((w) => w.length)),
  };
}
const cut = (text: string, words: WordSource, allowed?: (start: number, word: string) => boolean) =>
  bestPath([...text], 0, [...text].length, words, allowed).map((w) => w.text);

describe('bestPath', () => {
  it('takes the cheapest path: a likelier pair of words beats a rarer one', () => {
    const words = source({ 天空: 8.7, 空地: 9.4 }, { 天: 7.4, 地: 6.8 });
    expect(cut('天空地水', words)).toEqual(['天空']);
  });

  it('keeps a frequent single character over a rare word that would swallow it', () => {
    const words = source({ 了不: 14 }, { 了: 6 });
    expect(cut('了不', words)).toEqual([]);
  });

  it('lets the caller veto a word at a position', () => {
    const words = source({ 了不得: 9.7, 不得: 8.2 });
    expect(cut('划出了不得违规', words)).toEqual(['了不得']);
    expect(cut('划出了不得违规', words, (start, word) => !(word === '了不得' && start === 2))).toEqual(['不得']);
  });

  it('reads only inside [from, to) and reports code-point positions', () => {
    const words = source({ 株洲: 8 });
    expect(bestPath([...'𠮷株洲株洲'], 1, 3, words)).toEqual([{ start: 1, end: 3, text: '株洲' }]);
  });
});
