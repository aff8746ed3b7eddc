// The 1,000,000-character article: a www article page whose body repeats the seed articles'
// sentences, numbered, in 4,349 paragraphs. Made at run time (tests and benchmarks), never committed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './fixtures.ts';

export const HUGE_URL = 'http://www.zznews.gov.cn/test/huge-1m.html';
export const HUGE_PARAGRAPHS = 4_349;
export const HUGE_HAN = 1_000_000;

const HAN = /\p{Script=Han}/gu;

export function hugeArticleHtml(): string {
  const articles = JSON.parse(readFileSync(join(FIXTURES_DIR, 'articles.json'), 'utf8')) as { paragraphs: string[] }[];
  const sentences = articles
    .flatMap((a) => a.paragraphs)
    .flatMap((p) => p.split(/(?<=[。？！])/))
    .map((s) => s.trim())
    .filter((s) => (s.match(HAN)?.length ?? 0) >= 10);
  const perParagraph = Math.ceil(HUGE_HAN / HUGE_PARAGRAPHS);
  const paragraphs: string[] = [];
  let han = 0;
  let next = 0;
  for (let p = 0; p < HUGE_PARAGRAPHS; p++) {
    let text = `（${p + 1}）`;
    let inParagraph = 0;
    const goal = Math.min(perParagraph, HUGE_HAN - han);
    while (inParagraph < goal) {
      const sentence = sentences[next++ % sentences.length]!;
      const chars = [...sentence];
      let taken = '';
      for (const char of chars) {
        if (inParagraph >= goal) break;
        taken += char;
        if (/\p{Script=Han}/u.test(char)) inParagraph++;
      }
      text += taken;
    }
    han += inParagraph;
    const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    paragraphs.push(`<p>\u3000\u3000${escaped}</p>`);
  }
  return `<!DOCTYPE html>
<!-- ZhuDu generated page: a ${HUGE_HAN.toLocaleString('en')}-Han-character article in ${HUGE_PARAGRAPHS} paragraphs (tests/e2e/harness/huge-article.ts). -->
<html lang="zh-CN">
<head><meta charset="utf-8"><title>超长文章_株洲新闻网</title>
<style>body{margin:0 auto;max-width:900px;padding:20px;font:16px/1.8 "Microsoft YaHei",sans-serif}</style></head>
<body>
<h1 class="article-title">株洲超长文章测试</h1>
<div class="article-content">
${paragraphs.join('\n')}
</div>
</body>
</html>
`;
}
