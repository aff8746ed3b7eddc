// The glossary card on hover, and the popup (terms, search, summary, on/off) on the built
// extension in real Chromium and Firefox.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { hoverFor, pointAt, waitForZhuDu } from './page-helpers.ts';
import { glossary } from '../helpers/engine.ts';

interface SeedArticle {
  slug: string;
  pretitle: string;
  title: string;
  subtitle: string;
  paragraphs: string[];
}
const SEED = JSON.parse(readFileSync('tests/fixtures/articles.json', 'utf8')) as SeedArticle[];

const fixtures = serveFixtures();

const urlOf = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!.www;

eachBrowser(fixtures, 'glossary and popup', (s) => {

  async function popupFor(target: HPage): Promise<HPage> {
    const popup = await s.h.openPopup(`?tabId=${await target.tabId()}`);
    return popup;
  }

  /** The popup for `target`, on its Glossary tab. */
  async function glossaryTabFor(target: HPage): Promise<HPage> {
    const popup = await popupFor(target);
    await popup.waitFor(() => {
      const tab = document.querySelector<HTMLElement>('#tab-glossary');
      tab?.click();
      return tab?.getAttribute('aria-selected') === 'true';
    });
    return popup;
  }

  it('hovering 新质生产力 shows its glossary entry in the card, and P pins it', async () => {
    await s.page.goto(urlOf('tongzhan'));
    await waitForZhuDu(s.page);
    const card = await hoverFor(s.page, { text: '新质生产力', charIndex: 3, within: '.article-content' });
    expect('新质生产力').toContain(card.hanzi);
    const term = await s.page.waitFor(() => {
      const el = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[data-term]');
      return el && { id: el.dataset.term, text: el.textContent ?? '' };
    });
    expect(term.id).toBe('xin-zhi-sheng-chan-li');
    expect(term.text).toMatch(/productive forces/i);
    await s.page.keyDown('p');
    await s.page.keyUp('p');
    expect(await s.page.waitFor(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]') !== null)).toBe(true);
    await s.page.keyDown('Escape');
    await s.page.keyUp('Escape');
    await s.page.waitFor(() => !document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card'), undefined, {
      message: 'Esc did not close the pinned card',
    });
  });

  it('the popup lists the page terms with the same counts as the matcher, and shows one in the page', async () => {
    await s.page.goto(urlOf('changwu'));
    await waitForZhuDu(s.page);
    const seed = SEED.find((a) => a.slug === 'changwu')!;
    const expected = glossary.summarize([seed.pretitle, seed.title, seed.subtitle, ...seed.paragraphs].join('\n')).map(
      (t) => [t.term, t.count],
    );
    const popup = await popupFor(s.page);
    const listed = await popup.waitFor(() => {
      const rows = [...document.querySelectorAll('[data-testid="page-terms"] li')];
      return rows.length ? rows.map((li) => [li.querySelector('.term-name')!.textContent, Number(li.querySelector('.count')!.textContent!.slice(1))]) : null;
    });
    expect(listed).toEqual(expected);
    expect(listed.map(([term]) => term)).toContain('七大攻坚');
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-term="qi-da-gong-jian"]')!.click());
    await s.page.waitFor(() => scrollY > 0, undefined, { message: 'the page did not scroll to 七大攻坚' });
    await popup.close();
    await s.page.bringToFront();
  });

  it('the search finds 新质生产力 from xzsc and from English, and dictionary words by English and pinyin', async () => {
    const popup = await glossaryTabFor(s.page);
    const first = await popup.waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('#glossary-search');
      if (!input) return null;
      if (input.value !== 'xzsc') {
        input.value = 'xzsc';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return null;
      }
      return document.querySelector('[data-testid="glossary-results"] .term-name')?.textContent ?? null;
    });
    expect(first).toBe('新质生产力');

    // English finds the glossary term and dictionary words, each with its pinyin.
    const search = (query: string, list: string) =>
      popup.waitFor(
        ({ query, list }) => {
          const input = document.querySelector<HTMLInputElement>('#glossary-search')!;
          if (input.value !== query) {
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            return null;
          }
          const rows = [...document.querySelectorAll(`[data-testid="${list}"] > li`)];
          return rows.length > 0 ? rows.map((row) => `${row.querySelector('.term-name')?.textContent} ${row.querySelector('.term-pinyin')?.textContent}`) : null;
        },
        { query, list },
      );
    expect((await search('productive forces', 'glossary-results'))[0]).toBe('新质生产力 xīn zhì shēng chǎn lì');
    expect(await search('invest', 'dictionary-results')).toContain('投资 tóu zī');
    expect((await search('touzi', 'dictionary-results'))[0]).toBe('投资 tóu zī');
    await popup.close();
    await s.page.bringToFront();
  });

  it('the glossary opens an entry on its own page and follows a related link there and back', async () => {
    const popup = await glossaryTabFor(s.page);
    await popup.waitFor(() => {
      const input = document.querySelector<HTMLInputElement>('#glossary-search');
      if (!input) return false;
      if (input.value !== '三个高地') {
        input.value = '三个高地';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        return false;
      }
      const row = document.querySelector<HTMLElement>('[data-entry-row="san-ge-gao-di"]');
      row?.click();
      return row !== null;
    });
    const opened = await popup.waitFor(() => {
      const page = document.querySelector<HTMLElement>('[data-testid="glossary-entry-page"]');
      // Focus moves in an effect after the page renders: wait for it (a page that never takes focus times out).
      if (!page || document.activeElement !== page.querySelector('h2')) return null;
      return {
        id: page.dataset.entryPage,
        pinyin: page.querySelector('[data-testid="entry-pinyin"]')?.textContent,
        items: page.querySelectorAll('.items li').length,
        focused: document.activeElement === page.querySelector('h2'),
      };
    });
    expect(opened).toEqual({ id: 'san-ge-gao-di', pinyin: 'sān gè gāo dì', items: 3, focused: true });

    await popup.evaluate(() => document.querySelector<HTMLElement>('a[data-related="san-gao-si-xin"]')!.click());
    const next = await popup.waitFor(() => {
      const page = document.querySelector<HTMLElement>('[data-testid="glossary-entry-page"]');
      return page?.dataset.entryPage === 'san-gao-si-xin' ? [...page.querySelectorAll<HTMLElement>('a[data-related]')].map((a) => a.dataset.related) : null;
    });
    expect(next).toContain('san-ge-gao-di');

    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="glossary-back"]')!.click());
    expect(await popup.waitFor(() => document.querySelector<HTMLElement>('[data-testid="glossary-entry-page"]')?.dataset.entryPage ?? null)).toBe('san-ge-gao-di');
    await popup.evaluate(() => document.querySelector<HTMLElement>('[data-testid="glossary-back"]')!.click());
    expect(await popup.waitFor(() => (document.querySelector('[data-testid="glossary-results"]') ? 'list' : null))).toBe('list');
    await popup.close();
    await s.page.bringToFront();
  });

  it('the popup summarizes the article with its key facts', async () => {
    await s.page.goto(urlOf('yanling'));
    await waitForZhuDu(s.page);
    const popup = await popupFor(s.page);
    await popup.waitFor(() => {
      const tab = document.querySelector<HTMLElement>('#tab-summary');
      tab?.click();
      return tab?.getAttribute('aria-selected') === 'true';
    });
    const shown = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid="summary-text"]')?.textContent;
      const facts = document.querySelector('[data-testid="facts"]')?.textContent;
      return text && facts ? { text, facts } : null;
    });
    expect(shown.text.length).toBeLessThanOrEqual(120);
    expect(shown.text).toContain('炎陵');
    expect(shown.text).not.toContain('记者');
    expect(shown.facts).toContain('12.6亿元');
    expect(shown.facts).toContain('9天');
    await popup.close();
    await s.page.bringToFront();
  });

  it('turning ZhuDu off for the site restores the page DOM exactly, and on brings it back', async () => {
    const url = urlOf('changwu');
    await s.page.goto(`http://news.example.test${new URL(url).pathname}`);
    const pristine = await s.page.evaluate(() => document.documentElement.outerHTML);
    await s.page.goto(url);
    await waitForZhuDu(s.page);
    await hoverFor(s.page, { text: '市长陈恢清', charIndex: 1, within: '.article-content' });

    const popup = await popupFor(s.page);
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('#zhudu-site-toggle')?.checked === true);
    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#zhudu-site-toggle')!.click());
    await s.page.waitFor(() => !document.documentElement.hasAttribute('data-zhudu'), undefined, { message: 'ZhuDu did not switch off' });
    expect(await s.page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);

    await popup.evaluate(() => document.querySelector<HTMLInputElement>('#zhudu-site-toggle')!.click());
    await popup.close();
    await s.page.bringToFront();
    await waitForZhuDu(s.page);
    const { x, y } = await pointAt(s.page, { text: '市长陈恢清', charIndex: 0, within: '.article-content', across: 0.3 });
    await s.page.mouseMove(x + 1, y);
    expect((await hoverFor(s.page, { text: '市长陈恢清', charIndex: 1, within: '.article-content' })).pinyin).toBe('shì zhǎng');
  });

  it('on a page that is not zznews the popup says ZhuDu does not work there', async () => {
    await s.page.goto('http://news.example.test/news/2025/0210/400004.shtml');
    const popup = await popupFor(s.page);
    const notice = await popup.waitFor(() => document.querySelector('[data-testid="not-supported"]')?.textContent);
    expect(notice).toContain('This tab is not one of them');
    await popup.close();
    await s.page.bringToFront();
  });
});
