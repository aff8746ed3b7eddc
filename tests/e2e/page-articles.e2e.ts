// Issue 15: on a headline page (the e-paper page view 版面, a www channel list) the popup lists the page's
// articles, each with its line and a link, instead of "no article"; an article page still shows its summary.
import { expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { waitForZhuDu } from './page-helpers.ts';

const fixtures = serveFixtures();

const EPAPER_PAGE = 'http://zzrb.zznews.gov.cn/202502/10/node01.html';
const CHANNEL_LIST = 'http://www.zznews.gov.cn/news/xinwen/zzsz/';

interface Listed {
  count: number;
  rows: { title: string; href: string }[];
  noArticle: boolean;
}

eachBrowser(fixtures, 'headline pages in the popup', (s) => {
  async function summaryTab(target: HPage): Promise<HPage> {
    const popup = await s.h.openPopup(`?tabId=${await target.tabId()}`);
    await popup.waitFor(() => {
      const tab = document.querySelector<HTMLElement>('#tab-summary');
      tab?.click();
      return tab?.getAttribute('aria-selected') === 'true';
    });
    return popup;
  }

  async function listed(popup: HPage): Promise<Listed> {
    return popup.waitFor(() => {
      const rows = [...document.querySelectorAll('[data-testid="page-article"]')];
      if (rows.length === 0) return null;
      return {
        count: rows.length,
        rows: rows.map((row) => {
          const link = row.querySelector('a');
          return { title: link?.textContent ?? '', href: link?.getAttribute('href') ?? '' };
        }),
        noArticle: document.querySelector('[data-testid="no-article"]') !== null,
      };
    });
  }

  /** The popup's summary tab for a headline page, and the articles it lists. */
  async function listedOn(url: string) {
    await s.page.goto(url);
    await waitForZhuDu(s.page);
    const popup = await summaryTab(s.page);
    return { popup, shown: await listed(popup) };
  }

  it('the e-paper page view lists its eight articles with links to their pages', async () => {
    const { popup, shown } = await listedOn(EPAPER_PAGE);
    expect(shown.noArticle).toBe(false);
    expect(shown.count).toBe(8);
    expect(shown.rows[0]).toEqual({ title: '美国双子星项目落户炎陵', href: 'http://zzrb.zznews.gov.cn/content/202502/10/c1700001.html' });
    for (const row of shown.rows) expect(row.href).toMatch(/^http:\/\/zzrb\.zznews\.gov\.cn\/content\/202502\/10\/c17000\d\d\.html$/);
    await popup.close();
    await s.page.bringToFront();
  });

  it('the channel list lists its articles once each, with their dates', async () => {
    const { popup, shown } = await listedOn(CHANNEL_LIST);
    expect(shown.noArticle).toBe(false);
    expect(shown.count).toBe(12);
    expect(shown.rows.map((r) => r.title)).toContain('芦淞市场群38个市场昨开市');
    expect(new Set(shown.rows.map((r) => r.href)).size).toBe(12);
    expect(await popup.evaluate(() => document.querySelector('[data-testid="page-articles"]')?.textContent ?? '')).toContain('2025-02-10');
    await popup.close();
    await s.page.bringToFront();
  });

  it('the page tab of a headline page says how many articles it lists, without an "In this article" heading', async () => {
    await s.page.goto(EPAPER_PAGE);
    await waitForZhuDu(s.page);
    const popup = await s.h.openPopup(`?tabId=${await s.page.tabId()}`);
    const line = await popup.waitFor(() => document.querySelector('[data-testid="article-line"]')?.textContent || null);
    expect(line).toMatch(/8/);
    expect(await popup.evaluate(() => document.getElementById('terms-heading') === null)).toBe(true);
    await popup.close();
    await s.page.bringToFront();
  });

  it('an article page still shows its summary and labelled facts, and no list', async () => {
    await s.page.goto('http://www.zznews.gov.cn/news/2025/0210/400001.shtml');
    await waitForZhuDu(s.page);
    const popup = await summaryTab(s.page);
    const shown = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid="summary-text"]')?.textContent;
      const facts = [...document.querySelectorAll('[data-testid="facts"] li')].map((li) => ({
        category: li.getAttribute('data-category'),
        tag: li.querySelector('.fact-tag')?.textContent ?? '',
        text: li.querySelector('strong')?.textContent ?? '',
      }));
      return text && facts.length ? { text, facts, list: document.querySelector('[data-testid="page-articles"]') !== null } : null;
    });
    expect(shown.text).toContain('炎陵');
    expect(shown.list).toBe(false);
    const money = shown.facts.find((f) => f.text === '12.6亿元');
    expect(money?.category).toBe('investment');
    expect(money?.tag.trim().length).toBeGreaterThan(0);
    expect(shown.facts.find((f) => f.text === '9天')?.category).toBe('figure');
    await popup.close();
    await s.page.bringToFront();
  });

  it('lists a place only if CC-CEDICT, in the background, does not make it part of a longer word (桃源洞, not 然保护区)', async () => {
    await s.page.goto('http://www.zznews.gov.cn/news/2025/0210/400004.shtml');
    await waitForZhuDu(s.page);
    const popup = await summaryTab(s.page);
    const places = await popup.waitFor(() => {
      const found = [...document.querySelectorAll('[data-testid="facts"] li[data-category="place"] strong')].map((strong) => strong.textContent ?? '');
      return found.length ? found : null;
    });
    expect(places).toContain('桃源洞');
    // The rules alone take 然保护区 from 国家级自然保护区 (自 reads as "from"); the dictionary knows 自然保护区.
    expect(places).not.toContain('然保护区');
    await popup.close();
    await s.page.bringToFront();
  });
});
