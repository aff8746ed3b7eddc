// Marked glossary terms explained whole, in real Chromium and Firefox: pointing at the digits or the
// + of “2+2” gives its card as its Han characters do, and the welcome page marks each slogan whole
// (七大攻坚, not 七).
import { expect, it } from 'vitest';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { hoverFor, pointAt, waitForZhuDu } from './page-helpers.ts';

const fixtures = serveFixtures();
const article = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';

eachBrowser(fixtures, 'whole terms', (s) => {
  it('gives “2+2” its card when the pointer is on a digit or on the +', async () => {
    await s.page.goto(article('zhaoshang').www);
    await waitForZhuDu(s.page);
    await pointAt(s.page, { text: '“2+2”', charIndex: 1, within: BODY });
    // The term is marked once its paragraph was scanned; the mark covers the digits.
    await s.page.waitFor(
      () => {
        const marks = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.get('zhudu-term');
        return [...(marks ?? [])].some((mark) => {
          const range = document.createRange();
          range.setStart(mark.startContainer, mark.startOffset);
          range.setEnd(mark.endContainer, mark.endOffset);
          return range.toString().includes('2+2');
        });
      },
      undefined,
      { timeout: 10_000, message: '“2+2” was never marked' },
    );
    for (const charIndex of [1, 2, 3]) {
      await s.page.mouseMove(5, 5); // off the text: each hover below is a new one
      const card = await hoverFor(s.page, { text: '“2+2”', charIndex, within: BODY, across: 0.5 });
      expect(card.hanzi, `pointing at ${'“2+2”'[charIndex]}`).toMatch(/^2\+2/);
      const term = await s.page.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('.card')?.dataset.term ?? null);
      expect(term).toBe('er-jia-er');
    }
  });

  it('marks each slogan of the welcome page whole, reachable with Tab', async () => {
    const page = await s.h.newPage();
    await page.goto(`${s.h.extensionOrigin}welcome.html`);
    const marked = await page.waitFor(() => {
      const spans = [...document.querySelectorAll('.sample-article .w.try')];
      return spans.length > 0 ? spans.map((span) => ({ text: span.textContent, tab: span.getAttribute('tabindex') })) : null;
    });
    const texts = marked.map((m) => m.text);
    for (const term of ['七大攻坚', '八项重点任务', '“三个年”活动', '三个高地', '老有所养、老有所依、老有所乐、老有所安']) expect(texts).toContain(term);
    for (const first of ['七', '八', '三', '老']) expect(texts).not.toContain(first);
    expect(marked.every((m) => m.tab === '0')).toBe(true);
    await page.close();
  });
});
