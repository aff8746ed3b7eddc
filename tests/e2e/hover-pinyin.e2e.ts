// Pinyin on hover in the built extension, in real Chromium and Firefox, on fixture pages served
// under the real zznews host names.
import { expect, it } from 'vitest';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { hoverFor, pointAt, readCard, sleep, waitForZhuDu } from './page-helpers.ts';
import { changeStoredSettings } from './harness/stored.ts';

const fixtures = serveFixtures();

const article = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';
const EPAPER_BODY = 'founder-content';

eachBrowser(fixtures, 'pinyin on hover', (s) => {

  it('reads 株洲发展光明论 whole, 市长 and the 处 of 处突 on a www article', async () => {
    await s.page.goto(article('tongzhan').www);
    await waitForZhuDu(s.page);
    // A glossary term is the headword whole, wherever the pointer is in it.
    expect(await hoverFor(s.page, { text: '株洲发展光明论', charIndex: 1, within: BODY })).toEqual({
      hanzi: '株洲发展光明论',
      pinyin: 'zhū zhōu fā zhǎn guāng míng lùn',
    });

    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    expect(await hoverFor(s.page, { text: '市长陈恢清', charIndex: 1, within: BODY })).toEqual({
      hanzi: '市长',
      pinyin: 'shì zhǎng',
    });
    // On this page 应急 and 处突 sit in different elements (<strong>…应急</strong>处突); 处突 is a word of its own.
    expect(await hoverFor(s.page, { text: '应急处突', charIndex: 2, within: BODY })).toEqual({ hanzi: '处突', pinyin: 'chǔ tū' });
  });

  it('reads the e-paper article over https, and the e-paper page view', async () => {
    await s.page.goto(article('changwu').zzrb.replace('http:', 'https:'));
    await waitForZhuDu(s.page);
    expect(await hoverFor(s.page, { text: '市长陈恢清', charIndex: 0, within: EPAPER_BODY, across: 0.3 })).toEqual({
      hanzi: '市长',
      pinyin: 'shì zhǎng',
    });
    expect((await hoverFor(s.page, { text: '应急处突', charIndex: 2, within: EPAPER_BODY })).pinyin).toBe('chǔ tū');

    await s.page.goto('http://zzrb.zznews.gov.cn/202502/10/node01.html');
    await waitForZhuDu(s.page);
    // A headline of the page view's list: the glossary term (Lusong's cluster of wholesale markets) is one unit.
    expect(await hoverFor(s.page, { text: '芦淞市场群', charIndex: 1, within: '.news-list' })).toEqual({
      hanzi: '芦淞市场群',
      pinyin: 'lú sōng shì chǎng qún',
    });
  });

  it('leaves navigation and footer alone', async () => {
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    await hoverFor(s.page, { text: '市长陈恢清', charIndex: 1, within: BODY });
    const { x, y } = await pointAt(s.page, { text: '株洲时政', charIndex: 0, within: '.nav' });
    await s.page.mouseMove(x, y);
    await s.page.waitFor(() => !document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, {
      message: 'a card stayed up over the navigation bar',
    });
  });

  it('does not run on the same page under another host name', async () => {
    const foreign = `http://news.example.test${new URL(article('changwu').www).pathname}`;
    await s.page.goto(foreign);
    expect(await s.page.evaluate(() => document.body.innerText.includes('市长陈恢清'))).toBe(true);
    const { x, y } = await pointAt(s.page, { text: '市长陈恢清', charIndex: 1, within: BODY });
    await s.page.mouseMove(x, y);
    await sleep(1_000);
    expect(
      await s.page.evaluate(() => ({
        active: document.documentElement.getAttribute('data-zhudu'),
        host: document.querySelector('[data-zhudu-ui="card"]') !== null,
      })),
    ).toEqual({ active: null, host: false });
  });

  it('after 50 hovers the page text, DOM and the user selection are unchanged', async () => {
    await s.page.goto(article('yanling').www);
    await waitForZhuDu(s.page);
    const snapshot = () =>
      s.page.evaluate(() => {
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
    await s.page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('.article-subtitle')!));
    const before = await snapshot();
    expect(before.selected.length).toBeGreaterThan(5);

    const text = await s.page.evaluate(() => document.querySelector('.article-content')!.textContent!);
    const hanOffsets = [...text.matchAll(/\p{Script=Han}/gu)].map((m) => m.index!);
    let cards = 0;
    for (let i = 0; i < 50; i++) {
      const at = hanOffsets[Math.floor((i * hanOffsets.length) / 50)]!;
      const { x, y } = await pointAt(s.page, { text: text.slice(at, at + 4), charIndex: 0, within: '.article-content', across: 0.5 });
      await s.page.mouseMove(x, y);
      await sleep(40);
      if (await readCard(s.page)) cards++;
    }
    expect(cards).toBeGreaterThanOrEqual(45);
    expect(await snapshot()).toEqual(before);
  });

  it('in Alt mode shows nothing until Alt is held', async () => {
    await changeStoredSettings(s.h, { hoverMode: 'alt' });
    try {
      await s.page.goto(article('changwu').www);
      await waitForZhuDu(s.page);
      const { x, y } = await pointAt(s.page, { text: '市长陈恢清', charIndex: 1, within: BODY });
      await s.page.mouseMove(x, y);
      await sleep(800);
      expect(await readCard(s.page)).toBeNull();
      await s.page.keyDown('Alt');
      const card = await s.page.waitFor(
        () => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]')?.dataset.pinyin,
        undefined,
        { timeout: 5_000, message: 'holding Alt showed no card' },
      );
      expect(card).toBe('shì zhǎng');
      await s.page.keyUp('Alt');
      await s.page.waitFor(() => !document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="tooltip"]'), undefined, {
        message: 'the card stayed after Alt was released',
      });
    } finally {
      await changeStoredSettings(s.h, { hoverMode: 'always' });
    }
  });
});
