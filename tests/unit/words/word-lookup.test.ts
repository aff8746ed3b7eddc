import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { createWordLookups } from '../../../utils/core/words/word-lookup';
import { explains } from '../../../utils/core/words/word-card';
import { searchDictionary } from '../../../utils/core/words/word-search';
import { glossary, reader } from '../../helpers/engine';

const dictionary = loadNodeDictionary();
const words = createWordLookups({ reader, glossary, dictionary });
const options = { toneStyle: 'marks' as const, toneSandhi: true };
const at = (text: string, char: string, nth = 0) => {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = text.indexOf(char, offset + 1);
  return words.lookUp(text, offset, options)!;
};

describe('the card of the word under the pointer', () => {
  it('gives 投资 its reading in context and its CC-CEDICT senses', () => {
    const { word } = at('一期投资4亿元', '资');
    expect(word).toMatchObject({ text: '投资', syllables: ['tóu', 'zī'], kind: 'word' });
    expect(word.meanings![0]!.senses.join('; ')).toMatch(/invest/);
    expect(word.inner!.map((inner) => inner.text)).toEqual(['投', '资']);
  });

  it('makes a glossary term the headword whole, with the words inside it', () => {
    const lookup = at('加快发展新质生产力', '产');
    expect(lookup).toMatchObject({ start: 4, end: 9, word: { text: '新质生产力', kind: 'term', syllables: ['xīn', 'zhì', 'shēng', 'chǎn', 'lì'] } });
    expect(lookup.term?.entry?.id).toBe('xin-zhi-sheng-chan-li');
    expect(lookup.word.inner!.map((inner) => inner.text)).toContain('生产力');
  });

  it('finds terms as the page marks them, with the dictionary: bare 化债 is its term, 优化债务 is not', () => {
    expect(at('一手抓发展，一手抓化债', '债').term?.entry?.id).toBe('hua-zhai');
    expect(at('进一步优化债务结构', '债').term).toBeUndefined();
  });

  it('keeps the senses of a quoted ordinary coinage: “高端化” is not made an unexplained unit', () => {
    const lookup = at('“高端化”“特色化”双轨并行', '端');
    expect(lookup.word.kind).not.toBe('term');
    expect(explains(lookup)).toBe(true);
  });

  it('puts the reading read in context first: 长 in 市长 is zhǎng, in 长江 cháng', () => {
    expect(at('市长说', '长').word.meanings![0]!.pinyin).toBe('shì zhǎng');
    expect(at('他长大了', '长').word.text).toBe('长大');
    const alone = at('路很长。', '长').word;
    expect(alone.meanings![0]!.pinyin).toBe('cháng');
  });

  it('puts an entry with senses of its own before one that only points elsewhere: 家 is home, 谭 a surname', () => {
    // CC-CEDICT lists 傢→家 "used in 家伙…" and 谭 "variant of 谈" beside the entries a reader needs.
    expect(at('唯一一家与地方合作的企业', '家').word.meanings![0]!.senses.join('; ')).toMatch(/family|home/);
    expect(at('他姓谭。', '谭').word.meanings![0]!.senses).toContain('surname Tan');
  });

  it('drops a traditional form\'s "variant of" itself, and puts a literary sense after the modern one: 期 is a period, 余 more than', () => {
    const period = at('每期培训', '期').word.meanings!;
    expect(period[0]!.senses[0]).toBe('a period of time');
    expect(period.flatMap((meaning) => meaning.senses)).not.toContain('variant of 期 [qī]');
    expect(at('10余家企业', '余').word.meanings![0]!.senses.join('; ')).toMatch(/extra|surplus|more than/);
  });

  it('follows a word that only points elsewhere to what that word means: 黯淡 → 暗淡, 株洲 → 株洲市', () => {
    expect(at('天色黯淡', '黯').word.meanings![0]!.senses[0]).toMatch(/^variant of 暗淡 \[àn dàn\] — dark; dim/);
    const zhuzhou = at('株洲的工厂', '株').word;
    expect(zhuzhou.meanings![0]!.senses[0]).toMatch(/^see 株洲市 \[Zhū zhōu Shì\] — Zhuzhou, prefecture-level city/);
    // Inside a longer word too, and an entry with a sense of its own keeps its senses as they are.
    expect(at('湖南省的', '省').word.inner!.find((inner) => inner.text === '湖南')?.sense).toMatch(/^see 湖南省 .* — Hunan Province/);
    expect(at('一期投资4亿元', '资').word.meanings![0]!.senses.join('; ')).not.toMatch(/ — /);
  });

  it('labels names and places, and shows measure words', () => {
    expect(at('市长陈恢清说', '恢').word).toMatchObject({ text: '陈恢清', kind: 'name' });
    expect(at('来到炎陵县', '陵').word).toMatchObject({ text: '炎陵县', kind: 'place', name: 'Yánlíng Xiàn', gloss: 'Yanling County, Zhuzhou' });
    expect(at('一个项目', '项').word.meanings![0]!.classifiers).toContain('个 gè');
  });

  it('explains a local word CC-CEDICT lacks, and never cuts into a word it cannot explain', () => {
    expect(at('株洲高新区', '新').word).toMatchObject({ text: '高新区', meanings: [expect.objectContaining({ senses: ['high-tech (industrial development) zone'] })] });
    expect(at('市人大代表视察', '代').word).toMatchObject({ text: '人大代表', meanings: [expect.objectContaining({ senses: ["deputy to the People's Congress"] })] });
    const units = words.units('会议研究“引洮润株”引调水工程');
    expect(units.map((unit) => unit.text)).toContain('引洮润株');
  });

  it('answers nothing off Han text, and keeps offsets for every unit', () => {
    expect(words.lookUp('abc，123', 1, options)).toBeUndefined();
    expect(words.lookUp('株洲', 5, options)).toBeUndefined();
    const all = words.lookUpAll('株洲日报讯（记者 黎世伟）2月6日，投资12.6亿元。', options);
    expect(all.map((lookup) => lookup.word.text)).toEqual(['株洲', '日报', '讯', '记者', '黎世伟', '月', '日', '投资', '亿元']);
    expect(all.every(explains)).toBe(true);
  });

  it('gives a marked term its card wherever it is pointed at, its digits and + included', () => {
    const text = '也是株洲高新区“2+2”主导产业之一。';
    for (const char of ['2', '+']) {
      const lookup = at(text, char);
      expect(lookup, char).toMatchObject({ word: { text: '2+2', kind: 'term' }, term: { entry: { id: 'er-jia-er' } } });
    }
    expect(words.lookUpAll(text, options).map((lookup) => lookup.word.text)).toContain('2+2');
    // Digits outside a term, and a formula the glossary does not explain, stay without a card.
    expect(words.lookUp('2+2=4', 1, options)).toBeUndefined();
    expect(words.lookUpAll('推进“1+N”体系', options).map((lookup) => lookup.word.text)).toEqual(['推进', '体系']);
  });
});

describe('dictionary search', () => {
  const top = (query: string) => searchDictionary(dictionary, query, 5).map((hit) => hit.word);

  it('finds words by English, pinyin with or without tones, initials and hanzi, each with its pinyin', () => {
    expect(top('invest')).toContain('投资');
    expect(top('touzi')[0]).toBe('投资');
    expect(top('tóu zī')[0]).toBe('投资');
    expect(top('tou2 zi1')[0]).toBe('投资');
    expect(top('tz')).toContain('投资');
    expect(top('株洲')[0]).toBe('株洲');
    // 株洲 only points to 株洲市 in CC-CEDICT: the hit says what that means.
    expect(searchDictionary(dictionary, '株洲', 1)[0]!.senses[0]).toMatch(/^see 株洲市 .* — Zhuzhou/);
    expect(searchDictionary(dictionary, 'invest', 5)[0]!.pinyin).toBe('tóu zī');
  });

  it('shows a word\'s own senses, never a traditional form\'s "variant of" the word itself', () => {
    for (const query of ['期', 'qi1', 'qī']) {
      const hits = searchDictionary(dictionary, query, 20).filter((hit) => hit.word === '期');
      expect(hits.length).toBeGreaterThan(0);
      expect(hits.flatMap((hit) => hit.senses)).not.toContain('variant of 期 [qī]');
    }
    expect(searchDictionary(dictionary, 'qi1', 20).find((hit) => hit.word === '期')!.senses[0]).toBe('a period of time');
  });

  it('answers nothing for an empty or meaningless query', () => {
    expect(searchDictionary(dictionary, '   ', 5)).toEqual([]);
    expect(searchDictionary(dictionary, '!!!', 5)).toEqual([]);
  });
});
