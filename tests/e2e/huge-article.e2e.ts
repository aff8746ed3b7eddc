// A 1,000,000-character article (4,349 paragraphs), generated at test time: marks, ruby on and off,
// the popup's summary and the study sheet all finish, say plainly what they left out, and raise no
// error, in Chromium and Firefox. How long each step blocks the page is measured by
// bench/huge-page.bench.ts (npm run bench:browser), not asserted here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type Harness, type HPage } from './harness/browsers.ts';
import { HUGE_URL, hugeArticleHtml } from './harness/huge-article.ts';
import { startFixtureServer, type FixtureServer } from './harness/serve.ts';
import { changeStoredSettings } from './harness/stored.ts';
import { statusOf } from './extension-status.ts';
import { sleep, waitForZhuDu } from './page-helpers.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ generated: { [HUGE_URL]: hugeArticleHtml } });
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s: a 1,000,000-character article', (name) => {
  let h: Harness;
  let page: HPage;
  beforeAll(async () => {
    h = await launchBrowser(name, { server });
    page = await h.newPage();
    await page.goto(HUGE_URL);
    await waitForZhuDu(page);
  });
  afterAll(async () => {
    await changeStoredSettings(h, { ruby: false }).catch(() => {});
    await h?.close();
  });

  it('ruby comes on near the viewport and goes off again, leaving the page as it was', async () => {
    const before = await page.evaluate(() => document.querySelector('.article-content')!.innerHTML.length);
    await changeStoredSettings(h, { ruby: true });
    await page.bringToFront();
    await page.waitFor(() => document.querySelector('ruby.zhudu-ruby') !== null, undefined, { timeout: 30_000, message: 'no ruby' });
    for (let i = 0; i < 4; i++) {
      await page.evaluate(() => scrollBy(0, innerHeight));
      await sleep(300);
    }
    const rubies = await page.evaluate(() => document.querySelectorAll('ruby.zhudu-ruby').length);
    expect(rubies).toBeGreaterThan(100);
    // Only what came near the viewport: far less than the article's ~500,000 words.
    expect(rubies).toBeLessThan(60_000);
    await changeStoredSettings(h, { ruby: false });
    await page.bringToFront();
    await page.waitFor(() => document.querySelector('ruby.zhudu-ruby') === null, undefined, { timeout: 30_000, message: 'ruby stayed' });
    expect(await page.evaluate(() => document.querySelector('.article-content')!.innerHTML.length)).toBe(before);
  });

  it('the popup summarizes the article’s beginning and says so; the study sheet opens and says so', async () => {
    const tabId = await page.tabId();
    const popup = await h.openPopup(`?tabId=${tabId}`);
    // Clicked until it is selected: the popup may not have drawn its tabs yet.
    await popup.waitFor(() => {
      const tab = document.getElementById('tab-summary');
      tab?.click();
      return tab?.getAttribute('aria-selected') === 'true';
    });
    const said = await popup.waitFor(() => document.querySelector('[data-testid="article-truncated"]')?.textContent, undefined, { timeout: 30_000, message: 'no note on the long article' });
    expect(said).toContain('30,000');
    expect((await popup.evaluate(() => document.querySelector('[data-testid="summary-text"]')?.textContent ?? '')).length).toBeGreaterThan(20);
    await popup.close();
    const study = await h.newPage();
    await study.goto(`${h.extensionOrigin}study.html?tabId=${tabId}`);
    await study.waitFor(() => !!document.querySelector('[data-testid="study-truncated"]'), undefined, { timeout: 30_000, message: 'the study sheet did not open' });
    // It draws the text a paragraph per frame, and gets there.
    await study.waitFor(() => document.querySelector('[data-testid="study-text"]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000, message: 'the study sheet never finished' });
    await study.close();
    await page.bringToFront();
    expect((await statusOf(h, page)).errors).toEqual({ count: 0, last: null });
  });
});
