import { describe, expect, it } from 'vitest';
import { parseByline } from '@/utils/core/summary/byline';
import { SEEDS, seed } from './seed';

/** Reporters, correspondents and photographers of each seed article, read off the front page. */
const EXPECTED: Record<string, { reporters: string[]; correspondents: string[]; photographers: string[] }> = {
  yanling: { reporters: ['黎世伟'], correspondents: ['尹铭哲', '凌晨'], photographers: [] },
  xuncha: { reporters: ['陈正明'], correspondents: ['朱巡'], photographers: [] },
  tongzhan: { reporters: ['周蒿'], correspondents: [], photographers: [] },
  changwu: { reporters: ['陈正明'], correspondents: [], photographers: [] },
  renda: { reporters: ['邓伟勇'], correspondents: [], photographers: [] },
  zhaoshang: { reporters: ['潘东晓'], correspondents: [], photographers: [] },
  beidou: { reporters: ['邓伟勇'], correspondents: [], photographers: [] },
  lusong: { reporters: ['杨凌凌'], correspondents: [], photographers: ['杨凌凌'] },
};

describe('parseByline on the seed articles', () => {
  it.each(SEEDS)('reads and strips the byline of $slug', ({ slug, paragraphs }) => {
    const { byline, paragraphs: body } = parseByline(paragraphs);
    expect(byline).toMatchObject({ ...EXPECTED[slug], source: '株洲日报' });
    const text = body.join('\n');
    expect(text).not.toMatch(/株洲日报讯|记者\/|通讯员\/| 摄$/);
    // Body text is kept verbatim: the first body paragraph is a seed paragraph less its dateline.
    expect(paragraphs.slice(0, 2).some((p) => p.endsWith(body[0]!))).toBe(true);
  });

  it('keeps every body paragraph and drops only the photo caption of 芦淞', () => {
    const { paragraphs } = parseByline(seed('lusong').paragraphs);
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs.at(-1)).toMatch(/^新的一年，芦淞区/);
  });

  it('strips the print-edition jump 下转2版', () => {
    const { paragraphs } = parseByline(seed('zhaoshang').paragraphs);
    expect(paragraphs.join('')).not.toContain('下转');
  });
});

describe('parseByline forms', () => {
  it('accepts half-width brackets and slashes, and full-width slashes', () => {
    expect(parseByline(['株洲日报讯(全媒体记者/姚时美 通讯员／杨昆) 正文。']).byline).toMatchObject({
      reporters: ['姚时美'],
      correspondents: ['杨昆'],
    });
  });

  it('reads a byline without a slash (晚报 era) and a 新华社 dateline with its date', () => {
    expect(parseByline(['株洲网讯（株洲晚报记者胡乐）今天下午。'])).toEqual({
      byline: { reporters: ['胡乐'], correspondents: [], photographers: [], source: '株洲网' },
      paragraphs: ['今天下午。'],
    });
    expect(parseByline(['新华社长沙2月8日电（记者 张三 李四）　今天……']).byline).toMatchObject({
      source: '新华社',
      date: '2月8日',
      reporters: ['张三', '李四'],
    });
  });

  it('reads credits written after a dateline without brackets', () => {
    expect(parseByline(['株洲新闻网讯 文/李文灿 图/王五 正文开始。'])).toMatchObject({
      byline: { source: '株洲新闻网', reporters: ['李文灿'], photographers: ['王五'] },
      paragraphs: ['正文开始。'],
    });
  });

  it('takes editor, source, date and feature-credit lines out of the body', () => {
    const { byline, paragraphs } = parseByline([
      '策划/株洲日报编辑传播部 李支国 盛荣',
      '正文第一段。',
      '[责任编辑：周敏]',
      '来源：株洲日报',
      '2025-02-10 07:30',
    ]);
    expect(paragraphs).toEqual(['正文第一段。']);
    expect(byline).toMatchObject({ editor: '周敏', source: '株洲日报', date: '2025-02-10' });
  });

  it('reads a photo credit in brackets, half-width, and drops its caption', () => {
    const { byline, paragraphs } = parseByline(['正文。', '图为市民在购物。(株洲日报全媒体记者/刘平 摄)']);
    expect(byline.photographers).toEqual(['刘平']);
    expect(paragraphs).toEqual(['正文。']);
  });

  it('leaves prose that merely mentions a reporter alone', () => {
    const prose = ['记者走访发现，市场很热闹。', '李文灿说，今年的年货很丰富。'];
    expect(parseByline(prose)).toEqual({
      byline: { reporters: [], correspondents: [], photographers: [] },
      paragraphs: prose,
    });
  });
});

/** Issue 15: the byline and dateline shapes of real Hunan news (tests/real-news/summary/set.jsonl). */
describe('parseByline on the shapes of real Hunan news', () => {
  const read = (paragraphs: string[]) => parseByline(paragraphs);

  it('reads 红网时刻新闻…讯 with its date and a correspondent alone in brackets', () => {
    const { byline, paragraphs } = read(['红网时刻新闻4月18日讯(通讯员 刘卫红)4月,长沙地铁6号线首发专列。']);
    expect(byline).toMatchObject({ source: '红网时刻新闻', date: '4月18日', reporters: [], correspondents: ['刘卫红'] });
    expect(paragraphs).toEqual(['4月,长沙地铁6号线首发专列。']);
  });

  it('reads 记者 and 通讯员 with spaces and no slash', () => {
    expect(read(['红网时刻新闻6月12日讯(记者 曹缇 通讯员 郭青燕)6月12日,市政协举行讲座。']).byline).toMatchObject({
      reporters: ['曹缇'],
      correspondents: ['郭青燕'],
    });
  });

  it('reads several reporters in brackets without a label', () => {
    expect(read(['红网时刻新闻2月1日讯(郭裕房 龙子琳 邹越)1月29日,名单公示。']).byline.reporters).toEqual(['郭裕房', '龙子琳', '邹越']);
  });

  it('reads 新华社…电 and 中新网…电 with the place before the date', () => {
    expect(read(['新华社长沙3月5日电(记者 王晓 李明)湖南今天发布。']).byline).toMatchObject({
      source: '新华社',
      date: '3月5日',
      reporters: ['王晓', '李明'],
    });
    expect(read(['中新网株洲11月30日电(记者 向宇)轨博会今天开幕。']).byline).toMatchObject({ source: '中新网', reporters: ['向宇'] });
  });

  it('reads 株洲日报全媒体记者 and 见习记者 labels, and a 客户端 outlet', () => {
    expect(read(['株洲日报讯(全媒体记者/李逸峰 通讯员/谢珂) 新增工业产值110亿元。']).byline).toMatchObject({
      source: '株洲日报',
      reporters: ['李逸峰'],
      correspondents: ['谢珂'],
    });
    expect(read(['湖南日报·新湖南客户端7月25日讯(见习记者 黄家宸)7月25日,决赛举行。']).byline).toMatchObject({
      source: '湖南日报·新湖南客户端',
      reporters: ['黄家宸'],
    });
  });

  it('does not take a name starting with 文 for the 文/ label', () => {
    expect(read(['株洲新闻网3月28日讯(记者 文金凤 通讯员 刘笑贝)近日,通报公布。']).byline).toMatchObject({
      reporters: ['文金凤'],
      correspondents: ['刘笑贝'],
    });
  });

  it('reads a name in brackets, with an intern, at the end of the last paragraph', () => {
    const { byline, paragraphs } = read(['人民网株洲11月30日电 正文开始。', '产业规模全国最大。(向宇、实习生杨欣晔)']);
    expect(byline.reporters).toEqual(['向宇', '杨欣晔']);
    expect(paragraphs.at(-1)).toBe('产业规模全国最大。');
    expect(read(['正文。', '末段结束。(刘曼)']).byline.reporters).toEqual(['刘曼']);
  });

  it('reads a closing bracket with 来源 and labelled names', () => {
    const { byline, paragraphs } = read(['正文。', '加工产值已达2.12亿元。(来源:华声在线 记者 康蒙 实习生 李希平)']);
    expect(byline).toMatchObject({ source: '华声在线', reporters: ['康蒙', '李希平'] });
    expect(paragraphs.at(-1)).toBe('加工产值已达2.12亿元。');
  });

  it('leaves a closing bracket that is not a credit alone', () => {
    const text = '项目由双子星公司投资。(双子星股份有限公司)';
    expect(read(['正文。', text]).paragraphs.at(-1)).toBe(text);
  });

  it('reads meta lines of keyed fields, bracketed or not, and keeps 作者 correspondents as correspondents', () => {
    const { byline, paragraphs } = read([
      '2024-07-26 18:20:04 [来源:华声在线] [撰稿:万姗姗]',
      '正文。',
      '来源:永州日报 作者:李丽 文佳星 郭建鑫 编辑:陈小婷 2025-07-11 09:14:51',
    ]);
    expect(paragraphs).toEqual(['正文。']);
    expect(byline).toMatchObject({ source: '华声在线', date: '2024-07-26', reporters: ['万姗姗', '李丽', '文佳星', '郭建鑫'], editor: '陈小婷' });
    expect(read(['红网时刻新闻4月18日讯(通讯员 刘卫红)正文。', '作者:刘卫红']).byline).toMatchObject({
      reporters: [],
      correspondents: ['刘卫红'],
    });
  });

  it('reads an outlet followed by names, and a 记者 … 报道 line', () => {
    expect(read(['湖南日报 刘笑雪 曹婕妤 吴晓萱', '正文。'])).toMatchObject({
      byline: { source: '湖南日报', reporters: ['刘笑雪', '曹婕妤', '吴晓萱'] },
      paragraphs: ['正文。'],
    });
    expect(read(['导语。', '红网时刻新闻记者 陈彦兵 株洲报道', '正文。'])).toMatchObject({
      byline: { reporters: ['陈彦兵'] },
      paragraphs: ['导语。', '正文。'],
    });
  });
});
