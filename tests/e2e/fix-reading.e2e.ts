// "Fix this reading" from the pinned card: the user's reading shows on the next hover, and after a
// reload; a reading that is not Mandarin pinyin with tones is refused in the UI's language. In real
// Chromium and Firefox.
import { expect, it } from 'vitest';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { clickInCard, hoverFor, pointAt, saveReadingInCard, waitForZhuDu } from './page-helpers.ts';
import { changeStoredSettings, clearStoredCorrections, storedCorrections } from './harness/stored.ts';

const fixtures = serveFixtures();

const BODY = '.article-content';

/**
 * Another try in the form that is already open: select the field, type, click Save (trusted input
 * only), and wait for an answer other than the one shown before.
 */
async function tryReading(page: HPage, reading: string): Promise<{ saved: boolean; message: string }> {
  const before = await page.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.fix-done, .fix-error')?.textContent ?? '');
  await clickInCard(page, '[data-testid="fix-reading-input"]');
  await page.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')!.shadowRoot!.querySelector<HTMLInputElement>('[data-testid="fix-reading-input"]')!.select());
  await page.type(reading);
  await clickInCard(page, '[data-testid="fix-reading-save"]');
  return page.waitFor(
    (previous) => {
      const status = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.fix-done, .fix-error');
      return status && status.textContent !== previous ? { saved: status.classList.contains('fix-done'), message: status.textContent ?? '' } : null;
    },
    before,
    { timeout: 5_000, message: `no answer to "${reading}"` },
  );
}

/** Opens the yanling article in the given UI language and pins the card of 该 (gāi). */
async function pinGai(page: HPage, url: string): Promise<void> {
  await page.goto(url);
  await waitForZhuDu(page);
  // The word near the top, so that the pinned card and its form fit below it in the window.
  await page.evaluate(() => {
    const paragraph = [...document.querySelectorAll('.article-content p')].find((p) => p.textContent?.includes('该项目规划'));
    paragraph?.scrollIntoView({ block: 'start' });
  });
  expect(await hoverFor(page, { text: '该项目规划', charIndex: 0, within: BODY })).toEqual({ hanzi: '该', pinyin: 'gāi' });
  await page.keyDown('p');
  await page.keyUp('p');
}

eachBrowser(fixtures, 'fix this reading', (s) => {

  it('a corrected reading appears on the next hover and after reload', async () => {
    const url = s.server.fixtures.file.articles.find((a) => a.slug === 'yanling')!.www;
    await s.page.goto(url);
    await waitForZhuDu(s.page);
    expect((await hoverFor(s.page, { text: '炎陵高新区', charIndex: 1, within: BODY })).pinyin).toBe('yán líng');
    await s.page.keyDown('p');
    await s.page.keyUp('p');
    // Open the form and save a (deliberately different) reading with the real pointer and keyboard:
    // the card acts on trusted events only.
    expect((await saveReadingInCard(s.page, 'yàn líng')).saved).toBe(true);
    expect(await storedCorrections(s.h)).toEqual({ 炎陵: 'yàn líng' });

    // Close the card, move away, and hover the word again elsewhere on the page.
    await s.page.keyDown('Escape');
    await s.page.keyUp('Escape');
    // Esc really closes it: a pinned card left up would cover the words below it.
    await s.page.waitFor(() => !document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card'), undefined, {
      timeout: 2_000,
      message: 'Esc did not close the card after saving a reading',
    });
    const away = await pointAt(s.page, { text: '美籍华人', charIndex: 1, within: BODY });
    await s.page.mouseMove(away.x, away.y);
    // Here the word is 炎陵县: the correction applies inside longer words too.
    expect((await hoverFor(s.page, { text: '炎陵县安排', charIndex: 1, within: BODY })).pinyin).toBe('yàn líng xiàn');

    await s.page.goto(url);
    await waitForZhuDu(s.page);
    expect((await hoverFor(s.page, { text: '炎陵高新区', charIndex: 1, within: BODY })).pinyin).toBe('yàn líng');
    await clearStoredCorrections(s.h);
  });

  it('refuses a reading that is not pinyin with tones, saying why in 中文 and in English, and saves hao3 as hǎo', async () => {
    const url = s.server.fixtures.file.articles.find((a) => a.slug === 'yanling')!.www;
    try {
      await changeStoredSettings(s.h, { uiLanguage: 'zh_CN' });
      await pinGai(s.page, url);
      expect(await saveReadingInCard(s.page, 'xyz')).toEqual({ saved: false, message: '“xyz”不是普通话音节。' });
      expect(await tryReading(s.page, 'hao')).toEqual({ saved: false, message: '请给“hao”加上声调：hao1 或 hāo（轻声写 5 或 0）。' });
      expect(await tryReading(s.page, 'hao3 hao3')).toEqual({ saved: false, message: '每个字一个音节：“该”需要 1 个，你写了 2 个。' });
      expect(await storedCorrections(s.h)).toEqual({});

      await changeStoredSettings(s.h, { uiLanguage: 'en' });
      await pinGai(s.page, url);
      expect(await saveReadingInCard(s.page, 'xyz')).toEqual({ saved: false, message: '“xyz” is not a Mandarin syllable.' });
      expect(await tryReading(s.page, 'hao')).toEqual({ saved: false, message: 'Add a tone to “hao”: hao1 or hāo (5 or 0 for the neutral tone).' });
      expect(await storedCorrections(s.h)).toEqual({});

      expect(await tryReading(s.page, 'hao3')).toEqual({ saved: true, message: 'Saved. ZhuDu reads it this way everywhere from now on.' });
      expect(await storedCorrections(s.h)).toEqual({ 该: 'hǎo' });
      // The pinned card (a dialog) shows the new reading at once.
      expect(
        await s.page.evaluate(() => {
          const card = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
          return card && { hanzi: card.dataset.hanzi, pinyin: card.dataset.pinyin };
        }),
      ).toEqual({ hanzi: '该', pinyin: 'hǎo' });
      await s.page.keyDown('Escape');
      await s.page.keyUp('Escape');
      // And so does the next hover, in the tooltip.
      await s.page.mouseMove(5, 5);
      expect(await hoverFor(s.page, { text: '该项目规划', charIndex: 0, within: BODY })).toEqual({ hanzi: '该', pinyin: 'hǎo' });
    } finally {
      await clearStoredCorrections(s.h);
      await changeStoredSettings(s.h, { uiLanguage: 'auto' });
    }
  });
});
