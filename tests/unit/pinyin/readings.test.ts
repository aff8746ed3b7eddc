import { describe, expect, it } from 'vitest';
import { reader } from '../../helpers/engine';

/** Reads the word at the first occurrence of `target` in `text` (or at its `charIndex`-th character). */
function wordIn(text: string, target: string, charIndex = 0) {
  const at = text.indexOf(target);
  expect(at, `${target} in ${text}`).toBeGreaterThanOrEqual(0);
  return reader.readWordAt(text, at + charIndex);
}

describe('readWordAt', () => {
  it.each([
    ['株洲', '株洲发展光明论', 'zhū zhōu', 'Zhūzhōu'],
    ['渌口', '书记到渌口调研', 'lù kǒu', 'Lùkǒu'],
    ['攸县', '攸县长期坚持', 'yōu xiàn', 'Yōu Xiàn'],
    ['醴陵', '醴陵瓷器', 'lǐ líng', 'Lǐlíng'],
    ['茶陵', '茶陵的洮水水库', 'chá líng', 'Chálíng'],
    ['炎陵', '美国双子星项目落户炎陵', 'yán líng', 'Yánlíng'],
    ['芦淞', '芦淞市场群38个市场昨开市', 'lú sōng', 'Lúsōng'],
    ['荷塘', '荷塘的居民', 'hé táng', 'Hétáng'],
    ['石峰', '石峰与天元', 'shí fēng', 'Shífēng'],
    ['天元', '石峰与天元', 'tiān yuán', 'Tiānyuán'],
    ['长株潭', '推进长株潭一体化', 'cháng zhū tán', 'Cháng-Zhū-Tán'],
    ['龙头铺', '龙头铺的居民', 'lóng tóu pù', 'Lóngtóupù'],
    ['酒埠江', '攸县酒埠江镇', 'jiǔ bù jiāng', 'Jiǔbùjiāng'],
    ['郴州', '株洲至郴州', 'chēn zhōu', 'Chēnzhōu'],
  ])('reads the place %s in %s', (place, text, pinyin, name) => {
    const word = wordIn(text, place);
    expect(word?.syllables.join(' ')).toBe(pinyin);
    expect(word?.name).toBe(name);
  });

  it('reads 市长 as shì zhǎng, also when the sentence holds lexicon words', () => {
    const text = '市委副书记、市长陈恢清主持召开会议，不断提升基层防火能力和应急处突水平。';
    expect(wordIn(text, '市长', 1)).toMatchObject({ text: '市长', syllables: ['shì', 'zhǎng'] });
  });

  it('reads 处 in 应急处突 as chǔ and 调 in 引调水 as diào', () => {
    expect(wordIn('不断提升基层防火能力和应急处突水平。', '处')?.syllables).toEqual(['yìng', 'jí', 'chǔ', 'tū']);
    expect(wordIn('研究“引洮润株”引调水工程等工作。', '调')?.syllables).toEqual(['yǐn', 'diào', 'shuǐ']);
  });

  it('reads 重 by its word: 重要 zhòng, 重新 chóng', () => {
    expect(wordIn('这是重要的会议', '重要')?.syllables).toEqual(['zhòng', 'yào']);
    expect(wordIn('我们重新开始', '重新')?.syllables).toEqual(['chóng', 'xīn']);
  });

  it('reads a word split by inline markup as one word, in its sentence only', () => {
    // The block text of <p>市<b>长</b>陈恢清</p> is one string; the previous sentence must not leak in.
    const word = wordIn('他是银行行长。市长陈恢清讲话', '市长', 1);
    expect(word).toMatchObject({ start: 7, end: 9, syllables: ['shì', 'zhǎng'] });
  });

  it('returns nothing for non-Han characters', () => {
    expect(reader.readWordAt('2025年GDP增长', 0)).toBeUndefined();
    expect(reader.readWordAt('2025年GDP增长', 5)).toBeUndefined();
    expect(reader.readWordAt('abc', 10)).toBeUndefined();
  });

  it('lists alternatives only for a polyphone nothing settled', () => {
    // 重新: the dictionary word settles 重 (chóng); 株洲: the lexicon settles it.
    expect(wordIn('我们重新开始', '重新')?.polyphones).toEqual([]);
    expect(wordIn('株洲发展光明论', '株洲')?.polyphones).toEqual([]);
    // 地 standing alone after 等 could be dì or de: no word or rule decides, so both are shown.
    const alone = reader.readChars('逐渐关停其在东莞、无锡等地的生产基地').find((r) => r.char === '地');
    expect(alone).toMatchObject({ pinyin: 'dì', alternatives: ['de'] });
    expect(alone?.settledBy).toBeUndefined();
  });

  it('says what settled a reading: word, lexicon, name or rule', () => {
    const settled = (text: string, char: string) => reader.readChars(text).find((r) => r.char === char);
    expect(settled('我们重新开始', '重')).toMatchObject({ pinyin: 'chóng', settledBy: 'word', alternatives: [] });
    expect(settled('书记到渌口调研', '渌')).toMatchObject({ settledBy: 'lexicon' });
    expect(settled('副书记曾寿仁介绍', '曾')).toMatchObject({ pinyin: 'zēng', settledBy: 'name' });
    expect(settled('安排专人为项目提供服务', '为')).toMatchObject({ pinyin: 'wèi', settledBy: 'rule', alternatives: [] });
  });
});

describe('readChars', () => {
  it('gives tone numbers or bare syllables on request, lexicon words included', () => {
    expect(reader.readChars('渌口绿色', { toneStyle: 'numbers', toneSandhi: true }).map((r) => r.pinyin)).toEqual([
      'lu4', 'kou3', 'lü4', 'se4',
    ]);
    expect(reader.readChars('渌口绿色', { toneStyle: 'none', toneSandhi: true }).map((r) => r.pinyin)).toEqual([
      'lu', 'kou', 'lü', 'se',
    ]);
  });

  it('applies 一/不 sandhi only when asked', () => {
    expect(reader.readChars('不断', { toneStyle: 'marks', toneSandhi: true })[0]?.pinyin).toBe('bú');
    expect(reader.readChars('不断', { toneStyle: 'marks', toneSandhi: false })[0]?.pinyin).toBe('bù');
  });

  it('indexes characters by UTF-16 offset, past surrogate pairs and Latin text', () => {
    const readings = reader.readChars('𠮷a株洲');
    expect(readings.map((r) => [r.char, r.index])).toEqual([
      ['株', 3],
      ['洲', 4],
    ]);
  });
});

describe('pinyinLine', () => {
  it('prints one syllable per Han character, separated by single spaces', () => {
    expect(reader.pinyinLine('株洲市长：应急处突，引调水！')).toBe('zhū zhōu shì zhǎng yìng jí chǔ tū yǐn diào shuǐ');
    expect(reader.pinyinLine('no Chinese here')).toBe('');
  });
});
