import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locateArticle } from '@/utils/page/locate-article';

interface Routes {
  routes: Record<string, string>;
  articles: { slug: string; title: string; www: string; zzrb: string }[];
}
const FIXTURES = 'tests/fixtures/';
const { routes, articles } = JSON.parse(readFileSync(`${FIXTURES}routes.json`, 'utf8')) as Routes;

/** Parses a fixture page without running its scripts. */
function load(url: string): Document {
  const html = readFileSync(FIXTURES + routes[url]!, 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('locateArticle on the fixture pages', () => {
  it.each(articles)('finds the www article $slug by the CmsTop markup', ({ www, title }) => {
    const doc = load(www);
    const found = locateArticle(doc, www);
    expect(found.kind).toBe('www-article');
    expect(found.rule).toBe('cmstop-article');
    expect(title).toContain(found.title?.textContent?.trim());
    expect(found.body?.querySelectorAll('p').length).toBeGreaterThan(0);
    // Navigation, header and footer stay outside what ZhuDu reads.
    for (const chrome of doc.querySelectorAll('.nav, .header, .footer')) {
      expect(found.regions.some((region) => region.contains(chrome) || chrome.contains(region))).toBe(false);
    }
  });

  it.each(articles)('finds the e-paper article $slug by the Founder markup', ({ zzrb, title }) => {
    const found = locateArticle(load(zzrb), zzrb);
    expect(found.kind).toBe('epaper-article');
    expect(found.rule).toBe('founder-epaper');
    expect(found.body?.tagName.toLowerCase()).toBe('founder-content');
    expect(title).toContain(found.title?.textContent?.trim());
  });

  it('reads the headline list of the e-paper page view and of a channel page', () => {
    for (const url of ['http://zzrb.zznews.gov.cn/202502/10/node01.html', 'http://www.zznews.gov.cn/news/xinwen/zzsz/']) {
      const found = locateArticle(load(url), url);
      expect(found.rule, url).toBe('headline-list');
      const text = found.regions.map((region) => region.textContent).join('');
      expect(text).toContain(articles[0]!.title);
    }
  });

  it('finds nothing to read on a page without Chinese', () => {
    const url = 'http://www.zznews.gov.cn/test/hostile-no-chinese.html';
    expect(locateArticle(load(url), url)).toMatchObject({ rule: 'none', regions: [] });
  });

  it('falls back to the densest paragraphs when no site markup is there', () => {
    const doc = new DOMParser().parseFromString(
      '<body><nav><p>首页新闻导航栏目</p></nav><div id="x"><h1>标题文字</h1><p>第一段落的中文内容很长很长。</p><p>第二段落的中文内容也很长。</p></div></body>',
      'text/html',
    );
    const found = locateArticle(doc, 'http://www.zznews.gov.cn/other/page.html');
    expect(found.rule).toBe('densest-paragraphs');
    expect(found.body?.id).toBe('x');
    expect(found.title?.textContent).toBe('标题文字');
  });
});
