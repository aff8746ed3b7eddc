// Matching the wording real news uses (variants.ts) and flagging the quotes no entry explains
// (unexplained.ts with a dictionary). Sentences are from tests/real-news/glossary/corpus.json or
// from stored news pages, as printed.
import { describe, expect, it } from 'vitest';
import { buildMatcher, findUnexplained, GLOSSARY, ORDINARY_QUOTE_SET, type GlossaryEntry } from '../../../utils/core/glossary/index';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { glossary } from '../../helpers/engine';

const dictionary = loadNodeDictionary();
const isWord = (word: string) => dictionary.has(word);

/** A bare entry for matcher tests; only id, term, aliases and items matter to matching. */
function entry(id: string, term: string, aliases: string[] = [], items: string[] = []): GlossaryEntry {
  return {
    id, term, aliases, scope: 'national', category: 'economy', gloss_zh: term, explanation_zh: term,
    english: { text: id, official: false }, gloss_en: id, related: [], sources: [], status: 'verified',
    ...(items.length > 0 && { items: items.map((zh) => ({ zh, en: zh })) }),
  };
}

const found = (text: string, entries: readonly GlossaryEntry[] = GLOSSARY) => buildMatcher(entries).find(text).map((h) => [h.entryId, h.text]);

describe('short forms and variants', () => {
  it('matches 以旧换新 to its own entry, not to the 两新 alias that holds it', () => {
    const text = '郴州市2024年家电以旧换新启动仪式在友阿国际广场举行，发布一系列家电以旧换新“多重补贴优惠”举措。';
    // The glossary now has its own 以旧换新 entry, which wins over the short form of 两新.
    expect(found(text)).toEqual([['yi-jiu-huan-xin', '以旧换新'], ['yi-jiu-huan-xin', '以旧换新']]);
  });

  it('still prefers the long alias when it is written out', () => {
    expect(found('加力推进大规模设备更新和消费品以旧换新')).toEqual([['liang-xin', '大规模设备更新和消费品以旧换新']]);
  });

  it('reads 学习教育 as the 八项规定 campaign only where the text names 八项规定', () => {
    const campaign = '深入贯彻中央八项规定精神学习教育部署要求。市委常委会召开会议，推动学习教育走深走实。';
    expect(found(campaign)).toEqual([
      ['ba-xiang-gui-ding-xue-xi-jiao-yu', '中央八项规定精神学习教育'],
      ['ba-xiang-gui-ding-xue-xi-jiao-yu', '学习教育'],
    ]);
    expect(found('推动党史学习教育走深走实，学习教育要抓实。').map(([id]) => id)).not.toContain('ba-xiang-gui-ding-xue-xi-jiao-yu');
  });

  it('finds 八项规定 for 学习教育 in another block of the same article', () => {
    const [, second] = glossary.scan(['市委召开会议部署中央八项规定精神学习教育。', '各级党组织推动学习教育走深走实。']).spots;
    expect(second!.map((s) => [s.entryId, s.text])).toEqual([['ba-xiang-gui-ding-xue-xi-jiao-yu', '学习教育']]);
  });

  it('matches 规上 and 规模 for an entry written with 规模以上', () => {
    const entries = [entry('gui-shang-zeng-jia-zhi', '规模以上工业增加值'), entry('gui-shang-qi-ye', '规模以上企业')];
    expect(found('新增工业产值110亿元以上，实现规模工业增加值增长25%以上', entries)).toEqual([['gui-shang-zeng-jia-zhi', '规模工业增加值']]);
    expect(found('目前，链上企业达425家，其中规上企业273家、高新技术企业126家', entries)).toEqual([['gui-shang-qi-ye', '规上企业']]);
  });

  it('does not let a derived form take a form an entry claims', () => {
    const entries = [entry('liang-xin', '两新', ['大规模设备更新和消费品以旧换新']), entry('yi-jiu-huan-xin', '以旧换新')];
    expect(found('家电以旧换新', entries)).toEqual([['yi-jiu-huan-xin', '以旧换新']]);
  });
});

describe('plenums named as one list', () => {
  it('explains each plenum of 二十届二中、三中全会 where it is written', () => {
    expect(found('深入学习贯彻党的二十届二中、三中全会精神')).toEqual([
      ['er-shi-jie-er-zhong-quan-hui', '二十届二中'],
      ['er-shi-jie-san-zhong-quan-hui', '三中全会'],
    ]);
    expect(found('十九届四中、五中、六中全会')).toEqual([
      ['shi-jiu-jie-si-zhong-quan-hui', '十九届四中'],
      ['shi-jiu-jie-wu-zhong-quan-hui', '五中'],
      ['shi-jiu-jie-liu-zhong-quan-hui', '六中全会'],
    ]);
  });

  it('leaves out a plenum the glossary lacks, and a plenum written in full stays one term', () => {
    expect(found('十七届四中、五中全会')).toEqual([]);
    expect(found('党的二十届三中全会和二十届四中全会')).toEqual([
      ['er-shi-jie-san-zhong-quan-hui', '党的二十届三中全会'],
      ['er-shi-jie-si-zhong-quan-hui', '二十届四中全会'],
    ]);
  });
});

describe('enumerations', () => {
  const sanHua = entry('san-hua', '三化', [], ['高端化', '智能化', '绿色化']);

  it('matches a fixed list the glossary knows as one span, with either comma', () => {
    expect(found('推动制造业高端化、智能化、绿色化发展', [sanHua])).toEqual([['san-hua', '高端化、智能化、绿色化']]);
    expect(found('推动制造业高端化，智能化，绿色化发展', [sanHua])).toEqual([['san-hua', '高端化，智能化，绿色化']]);
  });

  it('flags a quoted list no entry explains as one enumeration', () => {
    const text = '按照“两条线三回归”原则和“聚焦、激活、变革、优化”策略方向';
    expect(findUnexplained(text, [], ORDINARY_QUOTE_SET, isWord)).toEqual([
      { text: '两条线三回归', start: 3, end: 9, shape: 'numbered' },
      { text: '聚焦、激活、变革、优化', start: 14, end: 25, shape: 'enumeration' },
    ]);
  });

  it('leaves a quoted list of descriptive reduplicated words alone', () => {
    expect(findUnexplained('使曾经“黑乎乎、灰蒙蒙”变成了现在的“绿油油、水灵灵”', [], ORDINARY_QUOTE_SET, isWord)).toEqual([]);
  });
});

describe('quoted coinages, with the dictionary', () => {
  const flagged = (text: string) => {
    const [spots] = glossary.scan([text], isWord).spots;
    return spots!.filter((s) => !s.entryId).map((s) => s.text);
  };

  it('flags coinages no entry and no dictionary word explains', () => {
    expect(flagged('“一件事一次办”改革、交通基础设施建设、“三社合一”工作、高标准农田建设等4项工作获省政府表扬')).toEqual(['三社合一']);
    expect(flagged('推进“串珍珠”，打造“半小时交通圈”，吸引企业“参北斗”，推动“四链融合”')).toEqual([
      '串珍珠',
      '半小时交通圈',
      '参北斗',
      '四链融合',
    ]);
  });

  it('does not flag dictionary words, compounds of them, names, description or speech', () => {
    expect(flagged('对传统党课的“不感冒”，成为“传声筒”，直播“直播地球”，他说：“加油干”')).toEqual([]);
    expect(flagged('构筑“核心枢纽+县域节点”骨干网络，坚持“本地+外地”“人才+金融”')).toEqual([]);
    expect(flagged('与“空天技术学院”合作，办好“委员大讲堂”，“流动的乡村党校”，体验“加速之路”')).toEqual([]);
    expect(flagged('“拥抱绿色智能 乐享品质生活”启动仪式，“高才绝识，独步一时”')).toEqual([]);
    // A facility or a prize is named, not coined; a numbered slogan ending in 中心 still is one.
    expect(flagged('建成“茶文化展示中心”，获“全能奖”，建设“四个中心”')).toEqual(['四个中心']);
  });

  it('flags only slogan shapes without a dictionary', () => {
    const [spots] = glossary.scan(['“串珍珠”工作和“四个一批”']).spots;
    expect(spots!.filter((s) => !s.entryId).map((s) => s.text)).toEqual(['四个一批']);
  });
});
