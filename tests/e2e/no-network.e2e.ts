// ZhuDu makes no network requests: on every fixture page, in Chromium and Firefox, with the pointer
// moving over the page and the popup opened on each of its tabs, the only requests made are the
// fixture pages themselves; and once more on the huge page with ruby mode on.
//
// Two witnesses. The fixture server logs every request that reaches it: all of *.zznews.gov.cn and
// *.example.test, from any context (pages, the popup, the background). The browser reports what
// its pages ask for, whatever the host: Playwright's context 'request' event in Chromium (every
// tab, extension pages and the extension's service worker), puppeteer's page 'request' event (BiDi
// network events) in Firefox, on the test tab and on every popup tab. Firefox's background page is
// not a tab, so there only the server witnesses it; the same background code runs in Chromium's
// service worker, which is watched.
//
// Not network requests, and left out explicitly: the extension's own files (chrome-extension://,
// moz-extension:// of ZhuDu: the popup loads its script and style), data: URLs (the fixtures' inline
// SVG images), and about:blank / about:srcdoc (frames of hostile-weird-dom.html). Also left out, by
// name: <page origin>/favicon.ico, which both browsers ask for on their own for any page without an
// icon link, extension or not (Chromium once per host, Firefox per page).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type Harness, type HPage } from './harness/browsers.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR, loadFixtures } from './harness/fixtures.ts';
import { startFixtureServer, type FixtureServer } from './harness/serve.ts';
import { sleep, waitForZhuDu } from './page-helpers.ts';
import { changeStoredSettings } from './harness/stored.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

const NOT_NETWORK = /^(data:|about:(blank|srcdoc)$)/;
const FIXTURES = loadFixtures();
/** Every fixture URL (read now: the tests are listed before the server starts). */
const ROUTES = Object.keys(FIXTURES.file.routes);

/** What a fixture page itself loads: the page, and the documents of its frames (frames-*.html). */
function pageRequests(url: string): string[] {
  const html = readFileSync(join(FIXTURES_DIR, FIXTURES.file.routes[url]!), 'utf8');
  const frames = [...html.matchAll(/<i?frame\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  return [url, ...frames].sort();
}

/** Moves the pointer over a grid of the viewport and onto the first Han character of the page. */
async function hoverAround(page: HPage): Promise<void> {
  const { w, h } = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  for (let row = 1; row < 4; row++) for (let col = 1; col < 5; col++) await page.mouseMove((w * col) / 5, (h * row) / 4);
  const han = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.search(/\p{Script=Han}/u);
      if (at < 0 || !n.parentElement || n.parentElement.closest('script, style, textarea, title')) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 1);
      const rect = range.getBoundingClientRect();
      if (rect.width > 0 && rect.top >= 0 && rect.bottom <= innerHeight) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  });
  if (han) await page.mouseMove(han.x, han.y);
  await sleep(300); // the card, the glossary lookup and (if on) ruby run now
}

describe.each(BROWSERS)('%s: no network requests', (name) => {
  let h: Harness;
  let page: HPage;
  /** URLs the browser reported, in order, minus what is not a network request. */
  const seen: string[] = [];
  const note = (url: string) => {
    if (!NOT_NETWORK.test(url) && !url.startsWith(h.extensionOrigin)) seen.push(url);
  };
  /** A new tab whose requests are watched from its first one. */
  const watchedPage = async (): Promise<HPage> => {
    const tab = await h.newPage();
    if (tab.raw.kind === 'puppeteer') tab.raw.page.on('request', (request) => note(request.url()));
    return tab;
  };

  beforeAll(async () => {
    h = await launchBrowser(name, { server });
    page = await watchedPage();
    // Chromium: one listener on the context hears every tab, extension page and service worker.
    if (page.raw.kind === 'playwright') page.raw.page.context().on('request', (request) => note(request.url()));
  });
  afterAll(() => h?.close());

  /** Loads `url`, hovers, opens the popup on each tab; returns what was requested meanwhile, favicon aside. */
  async function visit(url: string, during?: () => Promise<void>): Promise<{ served: string[]; reported: string[] }> {
    seen.length = 0;
    const served = server.requests.length;
    await page.goto(url);
    await waitForZhuDu(page);
    await hoverAround(page);
    await during?.();

    const popup = await watchedPage();
    await popup.goto(`${h.extensionOrigin}popup.html?tabId=${await page.tabId()}`);
    await popup.waitFor(() => document.body.innerText.trim().length > 0, undefined, { message: 'the popup rendered nothing' });
    for (const tab of ['summary', 'glossary', 'page']) {
      await popup.evaluate((id) => document.getElementById(`tab-${id}`)?.click(), tab);
      await sleep(200);
    }
    await popup.close();
    await page.bringToFront();
    await sleep(200);

    const favicon = new URL('/favicon.ico', url).href;
    const notIcon = (requested: string) => requested !== favicon;
    return { served: server.requests.slice(served).filter(notIcon), reported: seen.filter(notIcon) };
  }

  it.each(ROUTES)('%s: only the page itself is requested', async (url) => {
    const { served, reported } = await visit(url);
    expect({ served: [...served].sort(), reported: [...reported].sort() }).toEqual({ served: pageRequests(url), reported: pageRequests(url) });
  });

  it('with ruby mode on, scrolling the longest page: only the page itself is requested', async () => {
    const url = 'http://www.zznews.gov.cn/test/hostile-huge.html';
    await changeStoredSettings(h, { ruby: true });
    try {
      const scroll = async () => {
        await page.waitFor(() => document.querySelector('ruby.zhudu-ruby') !== null, undefined, { message: 'ruby mode added no ruby' });
        for (let i = 0; i < 5; i++) await page.evaluate(() => scrollBy(0, innerHeight)).then(() => sleep(200));
      };
      expect(await visit(url, scroll)).toEqual({ served: [url], reported: [url] });
    } finally {
      await changeStoredSettings(h, { ruby: false });
    }
  });
});
