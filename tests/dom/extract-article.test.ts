import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/page/extract-article';
import { readabilityArticle } from '@/utils/page/readability-article';

interface Routes {
  routes: Record<string, string>;
  articles: { slug: string; title: string; www: string; zzrb: string }[];
}
interface SeedArticle {
  slug: string;
  title: string;
  paragraphs: string[];
}
const FIXTURES = 'tests/fixtures/';
const { routes, articles } = JSON.parse(readFileSync(`${FIXTURES}routes.json`, 'utf8')) as Routes;
const seeds = JSON.parse(readFileSync(`${FIXTURES}articles.json`, 'utf8')) as SeedArticle[];

/** Parses a fixture page without running its scripts. */
function load(url: string): Document {
  return parse(readFileSync(FIXTURES + routes[url]!, 'utf8'));
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The seed text as the page shows it: the U+3000 after the dateline becomes a plain space. */
function asShown(paragraph: string): string {
  return paragraph.replace(/[\s\u3000]+/g, ' ').trim();
}

describe('extractArticle on the zznews fixture pages', () => {
  const cases = articles.flatMap(({ slug, www, zzrb }) => [
    { slug, url: www, site: 'www' },
    { slug, url: zzrb, site: 'zzrb' },
  ]);

  it.each(cases)('reads $slug from its $site page', ({ slug, url, site }) => {
    const seed = seeds.find((s) => s.slug === slug)!;
    const article = extractArticle(load(url), url);
    expect(article.source).toBe('zznews');
    expect(article.title).toBe(seed.title);
    // The e-paper puts the 芦淞 photo caption in div.attachment, outside the body; www keeps it inside.
    const body = seed.paragraphs.filter((p) => site === 'www' || !/摄$/.test(p)).map(asShown);
    expect(article.paragraphs).toEqual(body);
    // The byline paragraph stays for byline.ts to read.
    expect(article.paragraphs[0]).toMatch(/^株洲日报(讯（|全媒体记者\/)/);
  });

  it('keeps the subtitle for the facts', () => {
    const url = articles[0]!.www;
    expect(extractArticle(load(url), url).subtitle).toBe('总投资额12.6亿元，从洽谈到签约仅用时9天');
  });

  it('never changes the page it reads', () => {
    const url = articles[0]!.www;
    const doc = load(url);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, url);
    extractArticle(parse(OTHER_SITE), 'https://example.org/news/1.html', readabilityArticle);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds no article on a headline list or a page without Chinese', () => {
    for (const url of ['http://zzrb.zznews.gov.cn/202502/10/node01.html', 'http://www.zznews.gov.cn/test/hostile-no-chinese.html']) {
      expect(extractArticle(load(url), url), url).toEqual({ title: '', paragraphs: [], source: 'none' });
    }
  });
});

/** A news page from another site: no zznews markup, so Readability finds the article. */
const OTHER_SITE = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>长沙地铁六号线东延段开通 - 示例新闻</title></head>
<body>
  <header class="site-header"><nav><a href="/">首页</a> <a href="/city">城市</a> <a href="/about">关于我们</a></nav></header>
  <main>
    <article>
      <h1>长沙地铁六号线东延段开通</h1>
      <p class="meta">2025-06-28 08:00 来源：示例新闻</p>
      <p>示例新闻讯（记者/张三）　6月28日上午，长沙地铁六号线东延段正式开通运营，线路全长约4.5公里，设车站3座，连接黄花机场与市区。</p>
      <p>据介绍，东延段开通后，乘客从市中心乘坐地铁前往黄花机场的时间将缩短约15分钟，全线日均客流预计增加2万人次。</p>
      <p>运营公司表示，开通初期行车间隔为8分钟，后续将根据客流情况调整运营方案，并在早晚高峰加开列车，方便市民出行。</p>
      <p>沿线居民李女士说，以前去机场要换乘两次，现在一趟地铁就能到，出行方便了很多，希望以后能有更多这样的线路。</p>
    </article>
  </main>
  <aside><h3>热门文章</h3><ul><li><a href="/a">一条热门新闻的标题</a></li><li><a href="/b">另一条热门新闻的标题</a></li></ul></aside>
  <footer>版权所有 示例新闻</footer>
</body></html>`;

describe('extractArticle off zznews', () => {
  it('goes through Readability on another site', () => {
    const article = extractArticle(parse(OTHER_SITE), 'https://example.org/news/1.html', readabilityArticle);
    expect(article.source).toBe('readability');
    expect(article.title).toContain('长沙地铁六号线东延段开通');
    expect(article.paragraphs.some((p) => p.includes('东延段正式开通运营'))).toBe(true);
    expect(article.paragraphs.join('')).not.toContain('热门文章');
  });

  it('falls back to the densest paragraphs in the extension, where Readability is not bundled', () => {
    const article = extractArticle(parse(OTHER_SITE), 'https://example.org/news/1.html');
    expect(article.source).toBe('heuristic');
    expect(article.title).toBe('长沙地铁六号线东延段开通');
    expect(article.paragraphs.some((p) => p.includes('东延段正式开通运营'))).toBe(true);
    expect(article.paragraphs.join('')).not.toContain('热门文章');
  });

  it('finds no article on a page without one', () => {
    const doc = parse('<html><body><nav><a href="/">首页</a></nav><form><input name="q"><button>搜索</button></form><p>登录</p></body></html>');
    expect(extractArticle(doc, 'https://example.org/', readabilityArticle).source).toBe('none');
  });
});
