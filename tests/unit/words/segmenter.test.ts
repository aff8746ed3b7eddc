import { describe, expect, it } from 'vitest';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { BUNDLED_DATA } from '../../../utils/core/bundled-data';
import { createCharTable } from '../../../utils/core/pinyin/chars';
import { createWordDictionary } from '../../../utils/core/pinyin/dictionary';
import { numberedTerms } from '../../../utils/core/words/numbered-terms';
import { personNames } from '../../../utils/core/words/person-names';
import { createSegmenter } from '../../../utils/core/words/segmenter';
import { glossary } from '../../helpers/engine';

const words = createWordDictionary(BUNDLED_DATA.pinyin, createCharTable(BUNDLED_DATA.pinyin.charTable));
const segment = createSegmenter({ words, dictionary: loadNodeDictionary(), units: numberedTerms(glossary) });
const cut = (text: string) => segment(text).map((unit) => unit.text);
const kinds = (text: string) => Object.fromEntries(segment(text).map((unit) => [unit.text, unit.kind]));

describe('the dictionary segmenter', () => {
  it('keeps the words ICU breaks whole', () => {
    expect(cut('游客络绎不绝')).toEqual(['游客', '络绎不绝']);
    expect(cut('要举一反三')).toEqual(['要', '举一反三']);
    expect(cut('这是杀手锏')).toEqual(['这', '是', '杀手锏']);
    expect(cut('着力打造')).toEqual(['着力', '打造']);
  });

  it('makes 习近平 and names after titles one unit labelled as a name', () => {
    expect(cut('习近平总书记')).toContain('习近平');
    expect(kinds('市长陈恢清说')).toMatchObject({ 市长: 'word', 陈恢清: 'name' });
    expect(kinds('记者 黎世伟 通讯员 曹慧泉')).toMatchObject({ 黎世伟: 'name', 曹慧泉: 'name' });
  });

  it('keeps places with their suffix, but not the first character of the next word', () => {
    expect(kinds('湖南省株洲市炎陵县')).toMatchObject({ 湖南省: 'place', 株洲市: 'place', 炎陵县: 'place' });
    expect(cut('芦淞市场')).toEqual(['芦淞', '市场']);
  });

  it('keeps numbered slogans of the glossary whole, as terms', () => {
    expect(kinds('奋力推进“七大攻坚”')).toMatchObject({ 七大攻坚: 'term' });
    expect(kinds('打造“三个高地”')).toMatchObject({ 三个高地: 'term' });
  });

  it('cuts a numeral from its measure word and a verb from its particle, as a learner reads them', () => {
    expect(cut('第一批项目')).toEqual(['第一', '批', '项目']);
    expect(cut('忙着投资')).toEqual(['忙', '着', '投资']);
    expect(cut('为了发展')).toEqual(['为了', '发展']);
    expect(cut('投资12.6亿元')).toEqual(['投资', '12.6', '亿元']);
  });

  it('covers the text exactly, with offsets, whatever it holds', () => {
    for (const text of ['', 'abc 123', '，。！', '𠀀𠀁株洲', 'ZhuDu株读2026年', '\u200b株洲\n\t市']) {
      const units = segment(text);
      expect(units.map((unit) => unit.text).join('')).toBe(text);
      let at = 0;
      for (const unit of units) {
        expect(unit.start).toBe(at);
        expect(text.slice(unit.start, unit.end)).toBe(unit.text);
        at = unit.end;
      }
    }
  });

  it('works without CC-CEDICT, on ZhuDu word data alone', () => {
    const plain = createSegmenter({ words });
    expect(plain('株洲市长').map((unit) => unit.text).join('')).toBe('株洲市长');
  });
});

describe('person names', () => {
  const never = () => false;
  const at = (text: string) => personNames(text, never).map((span) => text.slice(span.start, span.end));

  it('finds names after titles and in bylines, lists included', () => {
    expect(at('市长陈恢清、副市长何恩广出席')).toEqual(['陈恢清', '何恩广']);
    expect(at('记者/黎世伟 通讯员/尹铭哲')).toEqual(['黎世伟', '尹铭哲']);
  });

  it('does not make a name of a title followed by ordinary words', () => {
    expect(personNames('书记强调发展', (word) => word === '强调')).toEqual([]);
  });

  const cedict = new Set(['强调', '江华', '文件', '会议', '江西', '湖南', '广东', '高速', '高铁', '李子', '杨梅', '代表', '人士']);
  const known = (word: string) => cedict.has(word);

  it('finds a list of three or more names ended by 等, each one whole (冯江华 is not the place 江华)', () => {
    const text = '座谈会上，程轶辉、谭艳、李勇、陈艳娟、冯江华等党外代表人士发言';
    expect(personNames(text, known).map((span) => text.slice(span.start, span.end))).toEqual(['程轶辉', '谭艳', '李勇', '陈艳娟', '冯江华']);
  });

  it('does not make names of a list of places or things', () => {
    for (const text of ['江西、湖南、广东等省份', '高速、高铁、李子等', '李子、杨梅等水果']) expect(personNames(text, known)).toEqual([]);
  });

  it('finds a two-character name opening a clause before a verb of saying, not an ordinary word', () => {
    const text = '听取意见建议后，尚斌强调，要深入学习';
    expect(personNames(text, known).map((span) => text.slice(span.start, span.end))).toEqual(['尚斌']);
    expect(personNames('会后，文件强调', known)).toEqual([]);
  });
});
