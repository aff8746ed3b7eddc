import { describe, expect, it } from 'vitest';
import { correctionSpans } from '@/utils/core/pinyin/correction-spans';
import { checkCorrection } from '@/utils/core/pinyin/corrections';
import { reader } from '../../helpers/engine';

describe('checking a typed correction', () => {
  it('accepts one pinyin syllable per character and normalizes case and separators', () => {
    expect(checkCorrection('曾寿仁', 'Zēng Shòu-Rén')).toEqual({ reading: 'zēng shòu rén' });
    expect(checkCorrection('长', 'zhǎng')).toEqual({ reading: 'zhǎng' });
  });

  it('turns tone numbers into marks, on the right vowel', () => {
    expect(checkCorrection('一', 'yi2')).toEqual({ reading: 'yí' });
    expect(checkCorrection('好', 'hao3')).toEqual({ reading: 'hǎo' });
    expect(checkCorrection('六', 'liu4')).toEqual({ reading: 'liù' });
    expect(checkCorrection('贵', 'gui4')).toEqual({ reading: 'guì' });
    expect(checkCorrection('二', 'er4')).toEqual({ reading: 'èr' });
    expect(checkCorrection('儿', 'er2')).toEqual({ reading: 'ér' });
  });

  it('writes ü however it was typed', () => {
    expect(checkCorrection('女', 'nü3')).toEqual({ reading: 'nǚ' });
    expect(checkCorrection('女', 'nv3')).toEqual({ reading: 'nǚ' });
    expect(checkCorrection('律', 'lü4')).toEqual({ reading: 'lǜ' });
    expect(checkCorrection('律', 'lu:4')).toEqual({ reading: 'lǜ' });
    expect(checkCorrection('略', 'lve4')).toEqual({ reading: 'lüè' });
  });

  it('splits syllables run together after tone numbers, neutral dots, or marks', () => {
    expect(checkCorrection('寿仁', 'shou4ren2')).toEqual({ reading: 'shòu rén' });
    expect(checkCorrection('东西', 'dōng·xi')).toEqual({ reading: 'dōng xi' });
    expect(checkCorrection('株洲', 'zhūzhōu')).toEqual({ reading: 'zhū zhōu' });
    expect(checkCorrection('西安', 'xī’ān')).toEqual({ reading: 'xī ān' });
    expect(checkCorrection('寿仁', 'ｓｈｏｕ４\u3000ｒｅｎ２')).toEqual({ reading: 'shòu rén' });
  });

  it('takes the neutral tone as 5, 0 or a leading dot, on any syllable', () => {
    expect(checkCorrection('妈妈', 'ma1 ma5')).toEqual({ reading: 'mā ma' });
    expect(checkCorrection('妈妈', 'ma1 ma0')).toEqual({ reading: 'mā ma' });
    expect(checkCorrection('妈妈', 'mā ·ma')).toEqual({ reading: 'mā ma' });
  });

  it('refuses a syllable without a tone, with examples in the tone shown now', () => {
    expect(checkCorrection('一', 'hao')).toEqual({ problem: { kind: 'noTone', text: 'hao', withNumber: 'hao1', withMark: 'hāo' } });
    expect(checkCorrection('好', 'hao', ['hǎo'])).toEqual({ problem: { kind: 'noTone', text: 'hao', withNumber: 'hao3', withMark: 'hǎo' } });
    expect(checkCorrection('寿仁', 'shou ren')).toEqual({ problem: { kind: 'noTone', text: 'shou', withNumber: 'shou1', withMark: 'shōu' } });
    expect(checkCorrection('寿仁', 'shòu ren', ['shòu', 'rén'])).toMatchObject({ problem: { kind: 'noTone', text: 'ren', withNumber: 'ren2' } });
    expect(checkCorrection('寿仁', 'shouren')).toMatchObject({ problem: { kind: 'noTone', text: 'shou' } });
  });

  it('refuses what is not a Mandarin syllable, and tones written twice', () => {
    expect(checkCorrection('一', 'xyz')).toEqual({ problem: { kind: 'notSyllable', text: 'xyz' } });
    expect(checkCorrection('一', 'xyz1')).toEqual({ problem: { kind: 'notSyllable', text: 'xyz1' } });
    expect(checkCorrection('市长', 'shì 长')).toEqual({ problem: { kind: 'notSyllable', text: '长' } });
    expect(checkCorrection('好', 'hǎo3')).toEqual({ problem: { kind: 'tone', text: 'hǎo3' } });
    expect(checkCorrection('好', 'hao7')).toEqual({ problem: { kind: 'tone', text: 'hao7' } });
  });

  it('refuses a reading with the wrong number of syllables, or a word that is not Chinese', () => {
    expect(checkCorrection('寿仁', 'shou4')).toEqual({ problem: { kind: 'count', word: '寿仁', characters: 2, syllables: 1 } });
    expect(checkCorrection('市长', 'shì zhǎng zhǎng')).toMatchObject({ problem: { kind: 'count', syllables: 3 } });
    expect(checkCorrection('GDP', 'g d p')).toEqual({ problem: { kind: 'word' } });
    expect(checkCorrection('', '')).toEqual({ problem: { kind: 'word' } });
    expect(checkCorrection('一', '  ')).toEqual({ problem: { kind: 'empty' } });
    expect(checkCorrection('一二三四五六七八九十一二三', 'yi1')).toEqual({ problem: { kind: 'word' } });
  });
});

describe('corrections in text', () => {
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
