// Launch, install and host mapping in both browsers; the content script's presence decides (a).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type Harness } from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/serve.ts';
import { waitForZhuDu } from './page-helpers.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

describe.each(BROWSERS)('%s', (name) => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchBrowser(name, { server });
    console.log(`${name}: launched with the extension in ${h.launchMs} ms`);
  });
  afterAll(() => h?.close());

  const article = () => server.fixtures.file.articles[0]!.www;
  const foreign = () => `http://news.example.test${new URL(article()).pathname}`;

  it('serves the fixture through the host mapping, over http and https', async () => {
    const page = await h.newPage();
    for (const url of [article(), article().replace('http:', 'https:')]) {
      await page.goto(url);
      expect(await page.url()).toBe(url);
      expect(server.requests).toContain(url);
      expect(await page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(100);
    }
    await page.close();
  });

  it('marks a zznews page as annotated', async () => {
    const page = await h.newPage();
    await page.goto(article());
    await waitForZhuDu(page);
    await page.close();
  });

  it('leaves the same page alone on a non-zznews host', async () => {
    const page = await h.newPage();
    await page.goto(foreign());
    expect(await page.evaluate(() => document.body.innerText.trim().length)).toBeGreaterThan(100); // really loaded
    await new Promise((r) => setTimeout(r, 1_500));
    expect(
      await page.evaluate(() => ({
        mark: document.documentElement.getAttribute('data-zhudu'),
        tooltip: document.querySelector('[data-zhudu-ui="card"]') !== null,
      })),
    ).toEqual({ mark: null, tooltip: false });
    await page.close();
  });

  it('opens the popup and renders it', async () => {
    const popup = await h.openPopup();
    expect(await popup.url()).toBe(`${h.extensionOrigin}popup.html`);
    const text = await popup.waitFor(() => document.body.innerText.trim(), undefined, {
      message: 'the popup rendered no text',
    });
    expect(text.length).toBeGreaterThan(0);
    await popup.close();
  });
});
