// Weird and hostile pages: ZhuDu must raise no error, in its own handlers or anywhere else, while
// the pointer sweeps the page and the page mutates under it.
import { beforeAll, expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { statusOf } from './extension-status.ts';
import { hoverFor, sleep, waitForZhuDu } from './page-helpers.ts';

const fixtures = serveFixtures();

/** Moves the pointer over a grid of points at the top and the middle of the page. */
async function sweep(page: HPage): Promise<void> {
  for (const scroll of [0, 0.5]) {
    await page.evaluate((f) => scrollTo(0, (document.scrollingElement!.scrollHeight - innerHeight) * f), scroll);
    const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
    for (let row = 1; row < 7; row++) {
      for (let col = 1; col < 8; col++) await page.mouseMove((w * col) / 8, (h * row) / 7);
    }
    await page.keyDown('Alt');
    await page.keyUp('Alt');
    await page.keyDown('Escape');
    await page.keyUp('Escape');
  }
}

eachBrowser(fixtures, 'hostile pages', (s) => {
  const uncaught: string[] = [];
  beforeAll(async () => {
    if (s.page.raw.kind === 'playwright') {
      // CDP reports uncaught exceptions of every world in the page, the content script's included.
      const cdp = await s.page.raw.page.context().newCDPSession(s.page.raw.page);
      cdp.on('Runtime.exceptionThrown', (event) => uncaught.push(event.exceptionDetails.exception?.description ?? event.exceptionDetails.text));
      await cdp.send('Runtime.enable');
    } else {
      s.page.raw.page.on('pageerror', (error) => uncaught.push(String(error)));
    }
  });

  it.each([
    'http://www.zznews.gov.cn/test/hostile-no-chinese.html',
    'http://www.zznews.gov.cn/test/hostile-huge.html',
    'http://www.zznews.gov.cn/test/hostile-mutating.html',
    'http://www.zznews.gov.cn/test/hostile-weird-dom.html',
    'http://www.zznews.gov.cn/test/hostile-css.html',
  ])('no error on %s', async (url) => {
    uncaught.length = 0;
    await s.page.goto(url);
    await waitForZhuDu(s.page);
    await sweep(s.page);
    await sleep(300);
    const status = await statusOf(s.h, s.page);
    expect(status.errors).toEqual({ count: 0, last: null });
    expect(uncaught).toEqual([]);
    if (url.includes('no-chinese')) expect(status.hanCount).toBe(0);
    // The page's own message listener heard nothing: ZhuDu talks to its background, never through the page.
    if (url.includes('weird-dom')) expect(await s.page.evaluate(() => (window as unknown as { __heardMessages: string[] }).__heardMessages)).toEqual([]);
  });

  it('still reads words on the huge page and under hostile CSS', async () => {
    await s.page.goto('http://www.zznews.gov.cn/test/hostile-huge.html');
    await waitForZhuDu(s.page);
    const word = await hoverFor(s.page, { text: '新质生产力', charIndex: 1 });
    expect(word.pinyin.split(' ')[word.hanzi.indexOf('质')]).toBe('zhì');
    await s.page.goto('http://www.zznews.gov.cn/test/hostile-css.html');
    await waitForZhuDu(s.page);
    const card = await hoverFor(s.page, { text: '株洲', charIndex: 1, within: '.article-content' });
    expect(card.pinyin.startsWith('zhū zhōu')).toBe(true);
  });
});
