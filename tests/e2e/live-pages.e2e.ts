// Pages that live: a ticker that keeps writing to text ruby mode annotates, and articles in frames
// (a frameset, an iframe, a srcdoc frame). In real Chromium and Firefox.
import { afterAll, expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { changeStoredSettings } from './harness/stored.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { sleep, waitForZhuDu } from './page-helpers.ts';

const fixtures = serveFixtures();
const TICKER = 'http://www.zznews.gov.cn/test/hostile-ticker.html';

/** The viewport point over a character of `text` inside a same-origin frame of the page. */
function pointInFrame(page: HPage, frame: string, text: string, charIndex = 0): Promise<{ x: number; y: number }> {
  return page.waitFor(
    ({ frame, text, charIndex }) => {
      const element = document.querySelector<HTMLIFrameElement>(frame);
      const doc = element?.contentDocument;
      if (!element || !doc?.body) return null;
      const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        const range = doc.createRange();
        range.setStart(n, at + charIndex);
        range.setEnd(n, at + charIndex + 1);
        const inner = range.getBoundingClientRect();
        const outer = element.getBoundingClientRect();
        if (inner.width === 0) return null;
        return { x: outer.left + inner.left + inner.width * 0.75, y: outer.top + inner.top + inner.height / 2 };
      }
      return null;
    },
    { frame, text, charIndex },
    { message: `"${text}" not found in ${frame}` },
  );
}

/** The card ZhuDu shows inside a frame, or null. */
function frameCard(page: HPage, frame: string): Promise<{ hanzi: string; pinyin: string } | null> {
  return page.evaluate((sel) => {
    const doc = document.querySelector<HTMLIFrameElement>(sel)?.contentDocument;
    const card = doc?.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return card ? { hanzi: card.dataset.hanzi ?? '', pinyin: card.dataset.pinyin ?? '' } : null;
  }, frame);
}

eachBrowser(fixtures, 'live pages and frames', (s) => {
  afterAll(() => changeStoredSettings(s.h, { ruby: false }));

  it('with ruby on, a ticker keeps ticking and its paragraph does not flicker; off restores its latest text', async () => {
    await s.page.goto(TICKER);
    await waitForZhuDu(s.page);
    await changeStoredSettings(s.h, { ruby: true });
    await s.page.bringToFront();
    await s.page.waitFor(() => document.querySelector('.article-content ruby.zhudu-ruby') !== null, undefined, { message: 'ruby mode added no ruby' });
    const read = () =>
      s.page.evaluate(() => ({
        first: Number(/第(\d+)条/.exec(document.getElementById('ticker-first')!.textContent ?? '')?.[1]),
        held: Number(/第(\d+)次/.exec(document.getElementById('ticker-held')!.textContent ?? '')?.[1]),
        annotated: document.querySelector('#ticker-first ruby, #ticker-held ruby') !== null,
        writes: (window as unknown as { __tickerWrites: number }).__tickerWrites,
      }));
    await sleep(600);
    const samples: Awaited<ReturnType<typeof read>>[] = [];
    for (let i = 0; i < 20; i++) {
      samples.push(await read());
      await sleep(75);
    }
    const first = samples[0]!;
    const last = samples.at(-1)!;
    // What the page shows follows its writes: the numbers go up with the ticks, in both tickers.
    expect(last.writes - first.writes).toBeGreaterThanOrEqual(5);
    expect(last.first).toBeGreaterThanOrEqual(first.first + 5);
    expect(last.held).toBeGreaterThanOrEqual(first.held + 5);
    expect(Math.abs(last.first - last.writes)).toBeLessThanOrEqual(1);
    // Once the page wrote to them, the tickers stay plain text: no back and forth.
    const flips = samples.slice(1).filter((sample, i) => sample.annotated !== samples[i]!.annotated).length;
    expect(flips).toBe(0);
    expect(last.annotated).toBe(false);
    // The rest of the article is annotated, and switching off puts the page back with the ticker current.
    expect(await s.page.evaluate(() => document.querySelectorAll('.article-content ruby.zhudu-ruby').length)).toBeGreaterThan(20);
    await changeStoredSettings(s.h, { ruby: false });
    await s.page.bringToFront();
    await s.page.waitFor(() => document.querySelector('ruby.zhudu-ruby') === null, undefined, { message: 'ruby stayed after switching off' });
    const after = await read();
    expect(Math.abs(after.first - after.writes)).toBeLessThanOrEqual(1);
  });

  it('reads words inside an iframe and a srcdoc frame; the popup reads the iframe’s article', async () => {
    await s.page.goto('http://www.zznews.gov.cn/test/frames/iframe.html');
    await s.page.waitFor(() => document.querySelector<HTMLIFrameElement>('#article-frame')?.contentDocument?.documentElement.getAttribute('data-zhudu') === 'on', undefined, { message: 'ZhuDu did not start in the iframe' });
    const inArticle = await pointInFrame(s.page, '#article-frame', '人大', 0);
    await s.page.mouseMove(inArticle.x - 4, inArticle.y);
    await s.page.mouseMove(inArticle.x, inArticle.y);
    const card = await s.page.waitFor(() => (document.querySelector<HTMLIFrameElement>('#article-frame')?.contentDocument?.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.dataset.hanzi ?? null));
    expect(card).toContain('人大');
    await s.page.waitFor(() => document.querySelector<HTMLIFrameElement>('#srcdoc-frame')?.contentDocument?.documentElement.getAttribute('data-zhudu') === 'on', undefined, { message: 'ZhuDu did not start in the srcdoc frame' });
    const inSrcdoc = await pointInFrame(s.page, '#srcdoc-frame', '炎陵', 0);
    await s.page.mouseMove(inSrcdoc.x - 4, inSrcdoc.y);
    await s.page.mouseMove(inSrcdoc.x, inSrcdoc.y);
    // A boolean: Firefox's BiDi cannot hand back a node of another document.
    await s.page.waitFor(() => !!document.querySelector<HTMLIFrameElement>('#srcdoc-frame')?.contentDocument?.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, { message: 'no card in the srcdoc frame' });
    expect((await frameCard(s.page, '#srcdoc-frame'))?.pinyin).toContain('yán líng');

    const popup = await s.h.openPopup(`?tabId=${await s.page.tabId()}`);
    const line = await popup.waitFor(() => document.querySelector('[data-testid="article-frame"]')?.textContent, undefined, { message: 'the popup did not say the article is in a frame' });
    expect(line).toContain('400005');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="article-line"]')?.textContent)).not.toContain('No Chinese');
    await popup.close();
  });

  it('on a frameset page the popup names the frame that holds the article and summarizes it', async () => {
    await s.page.goto('http://www.zznews.gov.cn/test/frames/frameset.html');
    await s.page.waitFor(() => document.querySelector<HTMLFrameElement>('frame[name="article"]')?.contentDocument?.documentElement.getAttribute('data-zhudu') === 'on', undefined, { message: 'ZhuDu did not start in the article frame' });
    const popup = await s.h.openPopup(`?tabId=${await s.page.tabId()}`);
    const line = await popup.waitFor(() => document.querySelector('[data-testid="article-frame"]')?.textContent, undefined, { message: 'the popup did not say the article is in a frame' });
    expect(line).toContain('400001');
    expect(await popup.evaluate(() => document.querySelector('[data-testid="article-line"]')?.textContent)).toContain('炎陵');
    await popup.evaluate(() => document.getElementById('tab-summary')?.click());
    const summary = await popup.waitFor(() => document.querySelector('[data-testid="summary-text"]')?.textContent, undefined, { message: 'no summary of the framed article' });
    expect(summary).toContain('炎陵');
    await popup.close();
  });
});
