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
