import { describe, expect, it } from 'vitest';
import { CHARS_PER_MINUTE, readingMinutes } from '@/utils/core/summary/reading-time';
import { summarize, SUMMARY_BUDGET } from '@/utils/core/summary/summarize';
import { visibleLength } from '@/utils/core/summary/grams';
import { SEEDS, seed } from './seed';

describe('summarize on the seed articles', () => {
  it.each(SEEDS)('summarises $slug in at most 120 characters, byline-free', ({ title, subtitle, paragraphs }) => {
    const result = summarize({ title, subtitle, paragraphs });
    expect(result.status).toBe('ok');
    expect(visibleLength(result.summary)).toBeGreaterThan(30);
    expect(visibleLength(result.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(result.summary).not.toMatch(/株洲日报|记者|通讯员|摄$/);
    for (const name of [...result.byline.reporters, ...result.byline.correspondents, ...result.byline.photographers]) {
      expect(result.summary).not.toContain(name);
    }
    // Every sentence the summary was built from is a sentence of the body.
    for (const sentence of result.sentences) expect(paragraphs.join('')).toContain(sentence.replace(/…$/, ''));
    expect(result.readingMinutes).toBeGreaterThanOrEqual(1);
  });

  it('keeps the lead sentence whole, with who acts (2月8日，市长陈恢清主持召开…)', () => {
    const { title, paragraphs } = seed('changwu');
    expect(summarize({ title, paragraphs }).summary).toMatch(/^2月8日，市长陈恢清主持召开市政府常务会议/);
  });

  it('marks a sentence the source cut off (OCR) with an ellipsis', () => {
    const { title, paragraphs } = seed('beidou');
    expect(summarize({ title, paragraphs }).summary).toMatch(/形成北斗产业发…$/);
  });

  it('lists the headline facts with the byline', () => {
    const { title, subtitle, paragraphs } = seed('yanling');
    const result = summarize({ title, subtitle, paragraphs });
    expect(result.facts.map((f) => f.text)).toEqual(expect.arrayContaining(['12.6亿元', '9天', '2月6日', '炎陵高新区']));
    expect(result.byline).toMatchObject({ reporters: ['黎世伟'], correspondents: ['尹铭哲', '凌晨'], source: '株洲日报' });
  });
});

describe('summarize edge cases', () => {
  it('says empty for no Chinese text', () => {
    expect(summarize({ title: '', paragraphs: [] })).toMatchObject({ status: 'empty', summary: '', sentences: [], facts: [], readingMinutes: 0 });
    expect(summarize({ title: 'Hello', paragraphs: ['Only English here.'] }).status).toBe('empty');
  });

  it('says short for an article about as short as its summary', () => {
    const result = summarize({ title: '短讯', paragraphs: ['株洲日报讯（全媒体记者/周蒿）　2月8日，市领导走访团结大院。'] });
    expect(result).toMatchObject({ status: 'short', summary: '', readingMinutes: 1 });
    expect(result.byline.reporters).toEqual(['周蒿']);
  });

  it('keeps a single sentence longer than the budget whole rather than cut it into clauses', () => {
    const clause = (n: number) => `第${n}项工作要求加快推进重点项目建设并确保按期完成任务`;
    const sentence = `${Array.from({ length: 8 }, (_, i) => clause(i + 1)).join('，')}。`;
    const result = summarize({ title: '', paragraphs: [sentence] });
    expect(result).toMatchObject({ status: 'ok', summary: sentence });
  });
});

/** Issue 15: whole sentences from a clean body, on the failure shapes seen on real news. */
describe('summarize: whole sentences from a clean body', () => {
  const BODY = [
    '红网时刻新闻8月14日讯(通讯员 潘东晓)8月13日，株洲市举行重大项目集中开工活动，共有42个项目开工，总投资218亿元。',
    '开工仪式现场。',
    '一、项目情况',
    '此外，该市还将新建3个产业园区，预计年内投产。',
    '本次开工项目涵盖先进制造、现代服务和基础设施等领域，其中产业项目28个，总投资156亿元。',
    '据介绍，株洲今年已累计开工重大项目180个，完成投资进度居全省前列。',
    '本文为株洲站原创文章，转载请附上原文出处链接和本声明。',
  ];

  it('drops the dateline, the caption, the heading and the reprint note before ranking', () => {
    const result = summarize({ title: '株洲42个重大项目集中开工', paragraphs: BODY });
    expect(result.summary).not.toMatch(/红网时刻新闻|通讯员|潘东晓|现场。|项目情况|转载/);
    expect(result.byline).toMatchObject({ source: '红网时刻新闻', correspondents: ['潘东晓'] });
    for (const sentence of result.sentences) expect(BODY.join('')).toContain(sentence);
  });

  it('never opens on a sentence that leans on the one before (此外，该市…)', () => {
    const result = summarize({ title: '', paragraphs: BODY });
    expect(result.summary).not.toMatch(/^(?:此外|该市|其中)/);
  });

  it('never repeats the title or subtitle the body starts with', () => {
    const title = '湖南：城镇老旧小区改造连续6年纳入重点民生实事';
    const subtitle = '今年全省已开工改造1561个小区';
    const paragraphs = ['城镇老旧小区改造连续6年纳入重点民生实事', subtitle, ...BODY.slice(2)];
    const result = summarize({ title, subtitle, paragraphs });
    expect(result.summary).not.toContain('纳入重点民生实事');
    expect(result.summary).not.toContain(subtitle);
  });
});

describe('readingMinutes', () => {
  it(`counts Han characters at ${CHARS_PER_MINUTE} a minute, rounding, at least 1`, () => {
    expect(readingMinutes([])).toBe(0);
    expect(readingMinutes(['株'])).toBe(1);
    expect(readingMinutes(['株'.repeat(CHARS_PER_MINUTE * 3 + 100)])).toBe(3);
    expect(readingMinutes(['株'.repeat(CHARS_PER_MINUTE * 3 + 300)])).toBe(4);
  });
});
