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

  it('keeps the lead clause that says who acts (市长陈恢清主持召开…)', () => {
    const { title, paragraphs } = seed('changwu');
    expect(summarize({ title, paragraphs }).summary).toMatch(/^市长陈恢清主持召开市政府常务会议/);
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

  it('trims a single sentence longer than the budget at a clause boundary', () => {
    const clause = (n: number) => `第${n}项工作要求加快推进重点项目建设并确保按期完成任务`;
    const sentence = `${Array.from({ length: 8 }, (_, i) => clause(i + 1)).join('，')}。`;
    const result = summarize({ title: '', paragraphs: [sentence] });
    expect(result.status).toBe('ok');
    expect(visibleLength(result.summary)).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(result.summary.startsWith(clause(1))).toBe(true);
    expect(result.summary).toMatch(/。$/);
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
