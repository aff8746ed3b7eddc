import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeHtml, summaryCommand } from '@/cli/summary-command';

describe('summaryCommand', () => {
  it('reads a zznews page as HTML and prints one JSON object', async () => {
    const html = readFileSync('tests/fixtures/pages/zzrb-c1700001.html', 'utf8');
    const out = JSON.parse(await summaryCommand(html));
    expect(out).toMatchObject({ title: '美国双子星项目落户炎陵', extractor: 'zznews', source: '株洲日报', status: 'ok', readingMinutes: 1 });
    expect([...out.summary].length).toBeLessThanOrEqual(120);
    expect(out.facts.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['12.6亿元', '9天']));
    expect(out.byline.reporters).toEqual(['黎世伟']);
  });

  it('reads plain text: paragraphs at blank lines, a short first line as the title', async () => {
    const text = [
      '芦淞市场群38个市场昨开市',
      '株洲日报讯（全媒体记者/杨凌凌）　2月9日，芦淞市场群38个市场迎来蛇年开市首日，档口都上新了各种新款春装，吸引众多客商前来选款进货。',
      '9日上午8时，市场商户们早早来到档口，互道新年好之后，就忙着新春除尘、整理货架、摆放样品，抢抓新春“第一单”。',
    ].join('\n\n');
    const out = JSON.parse(await summaryCommand(text));
    expect(out).toMatchObject({ title: '芦淞市场群38个市场昨开市', extractor: 'text', source: '株洲日报', status: 'ok' });
    expect(out.summary).not.toContain('记者');
    expect(out.facts).toContainEqual({ kind: 'figure', text: '38个', label: '芦淞市场群', category: 'figure', tag: '数量' });
    expect(out.reporters).toEqual(['杨凌凌']);
  });

  it('says empty for empty input', async () => {
    expect(JSON.parse(await summaryCommand(''))).toMatchObject({ title: '', status: 'empty', summary: '', facts: [] });
  });

  it('tells HTML from text', () => {
    expect(looksLikeHtml('<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('<p>株洲</p>')).toBe(true);
    expect(looksLikeHtml('株洲日报讯（全媒体记者/周蒿）　2月8日，……')).toBe(false);
    expect(looksLikeHtml('价格<5元的商品')).toBe(false);
  });
});
