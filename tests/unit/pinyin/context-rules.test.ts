import { describe, expect, it } from 'vitest';
import { reader } from '../../helpers/engine';

/** The reading of the `nth` (1-based) `char` in `text`. */
function read(text: string, char: string, nth = 1): string | undefined {
  return reader.readChars(text).filter((r) => r.char === char)[nth - 1]?.pinyin;
}

describe('context rules', () => {
  it.each([
    ['以政治建设为统领', 'wéi'],
    ['项目为超材料产业项目', 'wéi'],
    ['面积为100亩', 'wéi'],
    ['被贬为淮阴侯', 'wéi'],
    ['更为强硬', 'wéi'],
    ['安排专人为项目提供注册', 'wèi'],
    ['持续为基层减负', 'wèi'],
    ['将一如既往为大家参政议政、履职尽责创造良好条件', 'wèi'],
    ['为营造风清气正的政治生态作出了积极贡献', 'wèi'],
    ['市委书记为获奖者颁奖', 'wèi'],
    ['许多为国家作出贡献的人', 'wèi'],
    // 以X为Y "take X as Y", however long X is, unless a verb needing a beneficiary follows and no role.
    ['坚持以党的创新理论和新时代中国特色社会主义思想为指导', 'wéi'],
    ['以人民为中心', 'wéi'],
    ['以此为契机', 'wéi'],
    ['以党建为引领提供优质服务', 'wéi'],
    ['以实际行动为群众办实事', 'wèi'],
    ['以数字化为企业赋能', 'wèi'],
    ['可以为群众提供服务', 'wèi'],
    ['为人民服务', 'wèi'],
  ])('为 in %s → %s', (text, reading) => {
    expect(read(text, '为')).toBe(reading);
  });

  it.each([
    ['株洲市长陈恢清', '长', 'zhǎng'],
    ['存续期长而明显磨损', '长', 'cháng'],
    ['真懂也真干', '干', 'gàn'],
    ['工作干什么、怎么干', '干', 'gàn'],
    ['3只小猫', '只', 'zhī'],
    ['这只是开始', '只', 'zhǐ'],
    ['粟裕率新四军进入苏北', '率', 'shuài'],
    ['项目履约率达100%', '率', 'lǜ'],
    ['副主席李某率“乡村振兴”专题调研组赴醴陵调研', '率', 'shuài'],
    ['收视率带动团队士气', '率', 'lǜ'],
    ['得票率较上次上涨八个百分点', '率', 'lǜ'],
    ['兼太子左卫率', '率', 'shuài'],
    ['他被调往前线', '调', 'diào'],
    // 种 "plant" before a result or crop; "kind" after a count or demonstrative, and in words.
    ['好土壤种出好庄稼', '种', 'zhòng'],
    ['他在院子里种满了花', '种', 'zhòng'],
    ['三种出行方式', '种', 'zhǒng'],
    ['这种树很高', '种', 'zhǒng'],
    ['种子发芽了', '种', 'zhǒng'],
    ['杂交水稻制种成功', '种', 'zhǒng'],
    // 相 counted (ministers, phases) and 冠 "to top" before a count.
    ['唐朝五相皆出此门', '相', 'xiàng'],
    ['三相电', '相', 'xiàng'],
    ['两相比较', '相', 'xiāng'],
    ['相关部门', '相', 'xiāng'],
    ['诗文冠两朝', '冠', 'guàn'],
    ['产量冠于全国', '冠', 'guàn'],
    ['树冠很大', '冠', 'guān'],
    ['毛冠四叶葎', '冠', 'guān'],
    ['预见性地警告', '地', 'de'],
    ['等地的生产基地', '地', 'dì'],
    // Adverbial 地 after a manner word, also before a quote; dì where 地 is a place or the ground.
    ['他有意识地“留白”', '地', 'de'],
    ['更直观地展示成果', '地', 'de'],
    ['生动地讲述了一个人', '地', 'de'],
    ['不断地改进', '地', 'de'],
    ['具体地点在哪里', '地', 'dì'],
    ['企业在新区不断拿地', '地', 'dì'],
    ['全省各地纷纷行动', '地', 'dì'],
    ['保护耕地和土地', '地', 'dì'],
    ['这块地方很大', '地', 'dì'],
    ['死得较为突然', '得', 'de'],
    ['你得去一趟', '得', 'děi'],
    // 得 "must" after a subject or adverb, before a verb; "obtain" before a noun, in words, as a complement.
    ['这事还得靠大家', '得', 'děi'],
    ['出了问题就得马上改', '得', 'děi'],
    ['大家都得遵守规定', '得', 'děi'],
    ['我们得好好学习', '得', 'děi'],
    ['你得很小心', '得', 'děi'],
    ['明天得去医院复查', '得', 'děi'],
    ['他上个月得病了', '得', 'dé'],
    ['他又得了第一名', '得', 'dé'],
    ['他还得过奖', '得', 'dé'],
    ['他还得到了表扬', '得', 'dé'],
    ['取得了成绩', '得', 'dé'],
    ['获得好评', '得', 'dé'],
    ['只得作罢', '得', 'dé'],
    ['日子过得去', '得', 'de'],
    ['他做得很好', '得', 'de'],
    ['忙着新春除尘', '着', 'zhe'],
    // The particle 了 after a closing quote or a number; liǎo where it opens the text or a word.
    ['早就不是‘说说而已’了。', '了', 'le'],
    ['气温升到38了', '了', 'le'],
    ['了解情况', '了', 'liǎo'],
    ['开市当日，第一批客户', '当', 'dàng'],
    ['当日的情形', '当', 'dāng'],
    ['量足而且质优', '量', 'liàng'],
    ['应群众要求', '应', 'yìng'],
    ['应做好准备', '应', 'yīng'],
  ])('%s: %s → %s', (text, char, reading) => {
    expect(read(text, char)).toBe(reading);
  });

  it.each([
    ['考察团一行来到醴陵', 'xíng'],
    ['专家一行人深入田间', 'xíng'],
    ['市委书记一行，', 'xíng'],
    ['干一行爱一行', 'háng'],
    ['这一行很辛苦', 'háng'],
    ['他写下一行字', 'háng'],
    ['第一行写着名字', 'háng'],
  ])('一行 in %s: 行 → %s (the visiting party, or a line or trade)', (text, reading) => {
    expect(read(text, '行')).toBe(reading);
  });

  it('vetoes 了不得 after a verb, keeps it after a degree word', () => {
    expect(reader.readChars('划出了不得违规的底线').map((r) => r.pinyin).slice(2, 5)).toEqual(['le', 'bù', 'dé']);
    expect(reader.readChars('真了不得').map((r) => r.pinyin)).toEqual(['zhēn', 'liǎo', 'bu', 'dé']);
  });
});
