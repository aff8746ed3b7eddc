// Pinyin on hover in the built extension, in real Chromium and Firefox, on fixture pages served
// under the real zznews host names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type Harness, type HPage } from './harness/browsers.ts';
import { startFixtureServer, type FixtureServer } from './harness/serve.ts';
import { hoverFor, pointAt, readCard, sleep, waitForZhuDu } from './page-helpers.ts';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(() => server?.close());

const article = (slug: string) => server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';
const EPAPER_BODY = 'founder-content';

describe.each(BROWSERS)('%s: pinyin on hover', (name) => {
  let h: Harness;
  let page: HPage;
  beforeAll(async () => {
    h = await launchBrowser(name, { server });
    page = await h.newPage();
  });
  afterAll(() => h?.close());

  it('reads 株洲, 市长 and the 处 of 应急处突 on a www article', async () => {
    await page.goto(article('tongzhan').www);
    await waitForZhuDu(page);
    expect(await hoverFor(page, { text: '株洲发展光明论', charIndex: 1, within: BODY })).toEqual({
      hanzi: '株洲',
      pinyin: 'zhū zhōu',
    });

    await page.goto(article('changwu').www);
    await waitForZhuDu(page);
    expect(await hoverFor(page, { text: '市长陈恢清', charIndex: 1, within: BODY })).toEqual({
      hanzi: '市长',
      pinyin: 'shì zhǎng',
    });
    // On this page 应急 and 处突 sit in different elements (<strong>…应急</strong>处突): one word all the same.
    const card = await hoverFor(page, { text: '应急处突', charIndex: 2, within: BODY });
    expect(card.hanzi).toBe('应急处突');
    expect(card.pinyin.split(' ')[2]).toBe('chǔ');
  });

  it('reads the e-paper article over https, and the e-paper page view', async () => {
    await page.goto(article('changwu').zzrb.replace('http:', 'https:'));
    await waitForZhuDu(page);
    expect(await hoverFor(page, { text: '市长陈恢清', charIndex: 0, within: EPAPER_BODY, across: 0.3 })).toEqual({
      hanzi: '市长',
      pinyin: 'shì zhǎng',
    });
    expect((await hoverFor(page, { text: '应急处突', charIndex: 2, within: EPAPER_BODY })).pinyin).toBe('yìng jí chǔ tū');

    await page.goto('http://zzrb.zznews.gov.cn/202502/10/node01.html');
    await waitForZhuDu(page);
    expect(await hoverFor(page, { text: '芦淞市场群', charIndex: 1, within: '.news-list' })).toEqual({
      hanzi: '芦淞',
      pinyin: 'lú sōng',
    });
  });

  it('leaves navigation and footer alone', async () => {
    await page.goto(article('changwu').www);
    await waitForZhuDu(page);
    await hoverFor(page, { text: '市长陈恢清', charIndex: 1, within: BODY });
    const { x, y } = await pointAt(page, { text: '株洲时政', charIndex: 0, within: '.nav' });
    await page.mouseMove(x, y);
    await page.waitFor(() => !document.querySelector('zhudu-tooltip')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, {
      message: 'a card stayed up over the navigation bar',
    });
  });

  it('does not run on the same page under another host name', async () => {
    const foreign = `http://news.example.test${new URL(article('changwu').www).pathname}`;
    await page.goto(foreign);
    expect(await page.evaluate(() => document.body.innerText.includes('市长陈恢清'))).toBe(true);
    const { x, y } = await pointAt(page, { text: '市长陈恢清', charIndex: 1, within: BODY });
    await page.mouseMove(x, y);
    await sleep(1_000);
    expect(
      await page.evaluate(() => ({
        active: document.documentElement.getAttribute('data-zhudu'),
        host: document.querySelector('zhudu-tooltip') !== null,
      })),
    ).toEqual({ active: null, host: false });
  });

  it('after 50 hovers the page text, DOM and the user selection are unchanged', async () => {
    await page.goto(article('yanling').www);
    await waitForZhuDu(page);
    const snapshot = () =>
      page.evaluate(() => {
        const selection = getSelection()!;
        return {
          text: document.body.textContent,
          body: document.body.outerHTML,
          selected: selection.toString(),
          anchor: selection.anchorNode?.textContent ?? null,
          focusOffset: selection.focusOffset,
        };
      });
    // The reader has selected the subtitle before hovering around.
    await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.article-subtitle')!));
    const before = await snapshot();
    expect(before.selected.length).toBeGreaterThan(5);

    const text = await page.evaluate(() => document.querySelector('.article-content')!.textContent!);
    const hanOffsets = [...text.matchAll(/\p{Script=Han}/gu)].map((m) => m.index!);
    let cards = 0;
    for (let i = 0; i < 50; i++) {
      const at = hanOffsets[Math.floor((i * hanOffsets.length) / 50)]!;
      const { x, y } = await pointAt(page, { text: text.slice(at, at + 4), charIndex: 0, within: '.article-content', across: 0.5 });
      await page.mouseMove(x, y);
      await sleep(40);
      if (await readCard(page)) cards++;
    }
    expect(cards).toBeGreaterThanOrEqual(45);
    expect(await snapshot()).toEqual(before);
  });

  it('in Alt mode shows nothing until Alt is held', async () => {
    await h.extensionStorage.set({ settings: { disabledHosts: [], hoverMode: 'alt', toneColors: true } });
    try {
      await page.goto(article('changwu').www);
      await waitForZhuDu(page);
      const { x, y } = await pointAt(page, { text: '市长陈恢清', charIndex: 1, within: BODY });
      await page.mouseMove(x, y);
      await sleep(800);
      expect(await readCard(page)).toBeNull();
      await page.keyDown('Alt');
      const card = await page.waitFor(
        () => document.querySelector('zhudu-tooltip')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.dataset.pinyin,
        undefined,
        { timeout: 5_000, message: 'holding Alt showed no card' },
      );
      expect(card).toBe('shì zhǎng');
      await page.keyUp('Alt');
      await page.waitFor(() => !document.querySelector('zhudu-tooltip')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, {
        message: 'the card stayed after Alt was released',
      });
    } finally {
      await h.extensionStorage.set({ settings: { disabledHosts: [], hoverMode: 'always', toneColors: true } });
    }
  });
});
