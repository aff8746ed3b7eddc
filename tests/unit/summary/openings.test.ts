import { describe, expect, it } from 'vitest';
import { attendanceLine, bracketedAside, danglingOpening, listItem } from '@/utils/core/summary/openings';
import { cleanBody } from '@/utils/core/summary/clean-body';
import { textArticle } from '@/utils/core/summary/text-article';
import { summarize } from '@/utils/core/summary/summarize';

describe('danglingOpening', () => {
  it.each(['此外，还将建设3个园区。', '该区将紧扣目标。', '其中产业项目9个。', '同时获评先进园区。', '，在“链”上湖南。', '”店主说。', '他说，要抓好落实。'])(
    'flags %s',
    (sentence) => expect(danglingOpening(sentence)).toBe(true),
  );
  it.each(['此次活动共签约11个项目。', '其实这并不难。', '株洲名列其中。', '3月1日，签约仪式举行。', '“希望开个好头。”店主说。'])(
    'accepts %s',
    (sentence) => expect(danglingOpening(sentence)).toBe(false),
  );

  it.each(['4、锅里加入足量的冷水。', '二是产品青黄不接；', '（三）加快项目建设。', '2.游戏化；'])('takes list item %s for dangling', (sentence) => {
    expect(listItem(sentence)).toBe(true);
    expect(danglingOpening(sentence)).toBe(true);
  });

  it.each(['12.6亿元投资落地。', '2024年全市工业增长7%。', '3月1日，签约仪式举行。'])('does not take %s for a list item', (sentence) =>
    expect(listItem(sentence)).toBe(false),
  );
});

describe('bracketedAside', () => {
  it.each(['（原题为《雄安新区第二批征迁安置工作启动》）', '(记者 王明)', '【编辑：黄诗立】。'])('finds the aside %s', (sentence) =>
    expect(bracketedAside(sentence)).toBe(true),
  );
  it.each(['（记者 王明）3月1日，签约仪式举行。', '签约仪式举行（图）。', '《株洲日报》报道。'])('keeps %s', (sentence) =>
    expect(bracketedAside(sentence)).toBe(false),
  );
});

describe('attendanceLine', () => {
  it('is a line of who attended, from real reports', () => {
    for (const line of ['市政协主席聂方红出席。', '省领导刘红兵参加。', '株洲市委副书记、市长陈恢清出席签约仪式。', '市政协副主席周雪辉、杨小幼，秘书长许志汉参加。']) {
      expect(attendanceLine(line), line).toBe(true);
    }
  });

  it('is not a sentence that says what happened', () => {
    for (const line of ['市长出席会议并讲话，要求加快项目建设。', '3个项目集中开工，总投资约19.58亿元。', '企业代表参加签约，现场签约项目11个，总投资86亿元。']) {
      expect(attendanceLine(line), line).toBe(false);
    }
  });
});

describe('cleanBody', () => {
  it('drops headings, captions, image files, notes and headline repeats', () => {
    const body = cleanBody(
      [
        '3322111.jpg',
        '开工仪式现场。',
        '一、2023年工作回顾',
        '■ 产业链',
        '第一，抓项目',
        '“链”式思维:从“串珍珠”到“生态雨林”',
        '今年全省已开工改造1561个小区',
        '全省共有1700个城镇老旧小区列入改造清单，目前已开工改造1561个小区。',
        '【编辑:黄诗立】',
        '本文为株洲站原创文章,转载请附上原文出处链接和本声明。',
      ],
      { title: '湖南:城镇老旧小区改造连续6年纳入重点民生实事', subtitle: '今年全省已开工改造1561个小区' },
    );
    expect(body).toEqual(['全省共有1700个城镇老旧小区列入改造清单，目前已开工改造1561个小区。']);
  });

  it('keeps the text of a heading glued in front of it', () => {
    const text = '过去一年，全市地区生产总值增长5.2%，规模工业增加值增长7%，固定资产投资增长6%，社会消费品零售总额增长5%。';
    expect(cleanBody([`一、2023年工作回顾　${text}`])).toEqual([text]);
  });
});

describe('textArticle', () => {
  it('takes a long first line, or one ending in punctuation, as the title', () => {
    const long = '小故事见证大时代,好记者传递正能量 第十二届“好记者讲好故事”决赛揭晓以及更多的长标题文字内容';
    expect(textArticle(`${long}\n正文第一段。\n正文第二段。`)).toEqual({ title: long, paragraphs: ['正文第一段。', '正文第二段。'] });
    expect(textArticle('130余亿元!株洲11个重大招商项目集中签约\n正文。').title).toBe('130余亿元!株洲11个重大招商项目集中签约');
    expect(textArticle('炎陵黄桃熟了，已陆续开园上市！\n正文。').title).toBe('炎陵黄桃熟了，已陆续开园上市！');
  });

  it('does not take a photo caption or an image file name for the title', () => {
    expect(textArticle('3322111.jpg\n开工仪式现场。\n红网时刻新闻1月19日讯(记者 聂千川)1月19日,项目开工。\n正文。')).toEqual({
      title: '',
      paragraphs: ['开工仪式现场。', '红网时刻新闻1月19日讯(记者 聂千川)1月19日,项目开工。', '正文。'],
    });
  });

  it('does not take a dateline or a long lead sentence for the title', () => {
    expect(textArticle('株洲日报讯（全媒体记者/周蒿）2月8日，市领导走访。\n正文。').title).toBe('');
    expect(textArticle('9月14日下午,由郴州市商务局、郴州市财政局、北湖区人民政府联合主办的启动仪式在友阿国际广场举行。\n正文。').title).toBe('');
  });

  it('finds the headline under an outlet-and-reporters line and a date line, which stay for the byline', () => {
    const text = '湖南日报 刘笑雪 曹婕妤 吴晓萱\n2025年08月26日 18:28\n城镇老旧小区改造连续6年纳入重点民生实事\n今年全省已开工改造1561个小区\n“以前设施老。”\n正文。';
    expect(textArticle(text)).toEqual({
      title: '城镇老旧小区改造连续6年纳入重点民生实事',
      subtitle: '今年全省已开工改造1561个小区',
      paragraphs: ['湖南日报 刘笑雪 曹婕妤 吴晓萱', '2025年08月26日 18:28', '“以前设施老。”', '正文。'],
    });
    const { byline } = summarize(textArticle(text));
    expect(byline).toMatchObject({ source: '湖南日报', reporters: ['刘笑雪', '曹婕妤', '吴晓萱'] });
  });

  it('reads a short second line without a stop as the subtitle', () => {
    expect(textArticle('湖南:城镇老旧小区改造连续6年纳入重点民生实事\n今年全省已开工改造1561个小区\n正文。')).toEqual({
      title: '湖南:城镇老旧小区改造连续6年纳入重点民生实事',
      subtitle: '今年全省已开工改造1561个小区',
      paragraphs: ['正文。'],
    });
  });

  it('keeps a heading line apart from the prose after it when blocks are wrapped', () => {
    expect(textArticle('标题\n\n一、2023年工作回顾\n过去一年，全市经济\n稳中有进。').paragraphs).toEqual(['一、2023年工作回顾', '过去一年，全市经济稳中有进。']);
  });
});
