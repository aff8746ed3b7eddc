// Nothing the reader saves is lost: a change made while Chrome's service worker sleeps, what
// arrives through sync, two changes at once, a command run twice. In real Chromium and Firefox.
import { afterEach, expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { changeStoredSettings, clearStoredCorrections, storedCorrections, storedSettings } from './harness/stored.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { hoverFor, saveReadingInCard, sleep, waitForZhuDu } from './page-helpers.ts';
import { poll } from './harness/browsers.ts';

const fixtures = serveFixtures();
const BODY = '.article-content';

/** Clicks an element of an extension page with the real pointer, once it has stopped moving (the popup fills in as its answers arrive). */
async function clickOn(page: HPage, selector: string): Promise<void> {
  const centre = () =>
    page.evaluate((sel) => {
      const rect = document.querySelector(sel)?.getBoundingClientRect();
      return rect && rect.width > 0 ? `${rect.left + rect.width / 2},${rect.top + rect.height / 2}` : null;
    }, selector);
  const still = await poll(
    async () => {
      const before = await centre();
      await sleep(200);
      return before !== null && before === (await centre()) ? before : undefined;
    },
    { message: `no ${selector}, or it kept moving` },
  );
  const [x, y] = still.split(',').map(Number) as [number, number];
  await page.click(x, y);
}

/** Sends requests to the background from an extension page, all in the same task. */
function askTogether(page: HPage, requests: { zhudu: string; data: unknown }[]): Promise<unknown[]> {
  return page.evaluate((list) => {
    const g = globalThis as unknown as { browser?: { runtime: { sendMessage(m: unknown): Promise<unknown> } }; chrome?: { runtime: { sendMessage(m: unknown): Promise<unknown> } } };
    const runtime = (g.browser ?? g.chrome)!.runtime;
    return Promise.all(list.map((message) => runtime.sendMessage(message)));
  }, requests);
}

eachBrowser(fixtures, 'stored data is never lost', (s, name) => {
  afterEach(async () => {
    await changeStoredSettings(s.h, { ruby: false, toneStyle: 'marks', glossaryMarks: true });
    await clearStoredCorrections(s.h);
  });

  it('a change made while the background sleeps stays: ruby ticked in the popup, a reading saved from the card', async () => {
    const url = s.server.fixtures.file.articles.find((a) => a.slug === 'yanling')!.www;
    await changeStoredSettings(s.h, { ruby: false }); // the background copies it to sync
    await s.page.goto(url);
    await waitForZhuDu(s.page);
    await sleep(2_500); // the page's own start is over: the screen's cards, fetched two seconds after it
    const tabId = await s.page.tabId();
    const popup = await s.h.openPopup(`?tabId=${tabId}`);
    await popup.waitFor(() => document.querySelector<HTMLInputElement>('#zhudu-ruby')?.checked === false);
    // Sync holds ruby off, as it would after any earlier change.
    await poll(async () => ((await s.h.syncStorage.get('settings')) ? true : undefined), { message: 'settings never reached sync' });

    const stopped = await s.h.stopBackground();
    expect(stopped).toBe(name === 'chromium');
    await clickOn(popup, '#zhudu-ruby');
    const rubyShownAndStored = async () =>
      (await popup.evaluate(() => document.querySelector<HTMLInputElement>('#zhudu-ruby')!.checked)) && (await storedSettings(s.h)).ruby;
    // However long the background takes to wake on a busy machine, the change is stored…
    await poll(async () => ((await rubyShownAndStored()) ? true : undefined), { timeout: 10_000, message: 'ruby was not stored' });
    await sleep(1_500); // …and the worker, awake for the write and meeting sync, must keep it
    expect(await rubyShownAndStored()).toBe(true);
    await popup.close();

    await changeStoredSettings(s.h, { ruby: false });
    await s.page.bringToFront();
    await s.h.stopBackground();
    expect((await hoverFor(s.page, { text: '炎陵高新区', charIndex: 1, within: BODY })).pinyin).toBe('yán líng');
    await s.page.keyDown('p');
    await s.page.keyUp('p');
    expect((await saveReadingInCard(s.page, 'yàn líng')).saved).toBe(true);
    await sleep(1_500);
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yàn líng' });
    await s.page.keyDown('Escape');
    await s.page.keyUp('Escape');
  });

  // Only Chrome's worker sleeps (Firefox keeps its MV2 background page).
  it.skipIf(name !== 'chromium')('a reader paging through an article wakes the sleeping worker before pointing at a word', async () => {
    // A new tab: no pointer has been over it, so nothing but the keys below can tell ZhuDu someone is reading.
    const page = await s.h.newPage();
    try {
      await page.goto(s.server.fixtures.file.articles.find((a) => a.slug === 'yanling')!.www);
      await waitForZhuDu(page);
      await sleep(3_000); // past the screen's cards, fetched by the page itself two seconds after its start
      await s.h.stopBackground();
      await sleep(1_500);
      expect(await s.h.backgroundMarks(), 'something else woke the worker').toBeNull();
      await page.keyDown('PageDown');
      await page.keyUp('PageDown');
      // The worker starts and reads the dictionary, so the first card will not wait for it.
      await poll(async () => ((await s.h.backgroundMarks())?.some((m) => m.name === 'zhudu:dictionary') ? true : undefined), {
        timeout: 5_000,
        message: 'paging through the article did not get the words ready',
      });
    } finally {
      await page.close();
    }
  });

  it('what arrives through sync is merged entry by entry, and garbage from sync changes nothing', async () => {
    await s.page.goto(s.server.fixtures.file.articles[0]!.www);
    await waitForZhuDu(s.page);
    const popup = await s.h.openPopup();
    await askTogether(popup, [
      { zhudu: 'saveCorrection', data: { word: '株洲市', reading: 'zhū zhōu shì' } },
      { zhudu: 'saveCorrection', data: { word: '炎陵', reading: 'yán líng' } },
      { zhudu: 'changeSettings', data: { toneStyle: 'numbers' } },
    ]);
    // Another browser's copy: one correction of its own, written later than ours.
    await s.h.syncStorage.set({ corrections: { version: 2, entries: { 曾寿仁: { value: 'zēng shòu rén', at: Date.now() + 1_000 } } } });
    await poll(async () => (Object.keys(await storedCorrections(s.h)).length === 3 ? true : undefined), { message: 'the correction from sync did not arrive' });
    expect(await storedCorrections(s.h)).toEqual({ 株洲市: 'zhū zhōu shì', 炎陵: 'yán líng', 曾寿仁: 'zēng shòu rén' });
    for (const garbage of ['garbage', 42, { version: 2, entries: { toneStyle: { value: 'purple', at: Date.now() + 9e9 } } }]) {
      await s.h.syncStorage.set({ settings: garbage, corrections: garbage });
    }
    await sleep(1_000);
    expect((await storedSettings(s.h)).toneStyle).toBe('numbers');
    expect(Object.keys(await storedCorrections(s.h))).toHaveLength(3);
    await popup.close();
  });

  it('two changes at the same moment both survive, and a command run twice toggles twice', async () => {
    const popup = await s.h.openPopup();
    const options = await s.h.newPage();
    await options.goto(`${s.h.extensionOrigin}options.html`);
    await Promise.all([
      askTogether(popup, [{ zhudu: 'changeSettings', data: { toneStyle: 'none' } }]),
      askTogether(options, [{ zhudu: 'changeSettings', data: { glossaryMarks: false } }]),
      askTogether(popup, [{ zhudu: 'changeSettings', data: { hosts: { 'm.zznews.gov.cn': false } } }]),
    ]);
    expect(await storedSettings(s.h)).toMatchObject({ toneStyle: 'none', glossaryMarks: false, disabledHosts: ['m.zznews.gov.cn'] });
    const before = (await storedSettings(s.h)).ruby;
    await askTogether(options, [
      { zhudu: 'runCommand', data: { name: 'toggle-ruby' } },
      { zhudu: 'runCommand', data: { name: 'toggle-ruby' } },
    ]);
    expect((await storedSettings(s.h)).ruby).toBe(before);
    await askTogether(options, [{ zhudu: 'changeSettings', data: { hosts: { 'm.zznews.gov.cn': true } } }]);
    await Promise.all([popup.close(), options.close()]);
  });
});
