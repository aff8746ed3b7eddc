import { describe, expect, it } from 'vitest';
import { checkCorrection, correctionSpans } from '@/utils/core/pinyin/corrections';
import { reader } from '../../helpers/engine';

describe('corrections', () => {
  it('accepts one pinyin syllable per character and normalizes case and separators', () => {
    expect(checkCorrection('曾寿仁', 'Zēng Shòu-Rén')).toEqual({ reading: 'zēng shòu rén' });
    expect(checkCorrection('长', 'zhǎng')).toEqual({ reading: 'zhǎng' });
  });

  it('refuses readings that do not fit the word', () => {
    expect(checkCorrection('市长', 'shì')).toHaveProperty('error');
    expect(checkCorrection('GDP', 'g d p')).toHaveProperty('error');
    expect(checkCorrection('市长', 'shì 长')).toHaveProperty('error');
    expect(checkCorrection('', '')).toHaveProperty('error');
  });

  it('finds corrected words longest first', () => {
    const corrections = new Map([
      ['银行', 'yín háng'],
      ['银行行长', 'yín háng háng zhǎng'],
    ]);
    expect(correctionSpans('他是银行行长', corrections).map((s) => s.word)).toEqual(['银行行长']);
  });

  it('wins over dictionary, rules and lexicon, in every tone style', () => {
    const corrections = new Map([['炎陵', 'yàn líng']]);
    expect(reader.pinyinLine('落户炎陵', { toneStyle: 'marks', toneSandhi: true, corrections })).toBe('luò hù yàn líng');
    expect(reader.pinyinLine('落户炎陵', { toneStyle: 'numbers', toneSandhi: true, corrections })).toBe('luo4 hu4 yan4 ling2');
    const word = reader.readWordAt('落户炎陵', 2, { toneStyle: 'marks', toneSandhi: true, corrections });
    expect(word?.syllables).toEqual(['yàn', 'líng']);
    expect(reader.pinyinLine('落户炎陵')).toBe('luò hù yán líng');
  });
});
