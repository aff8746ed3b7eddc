// "Fix this reading" from the pinned card: the user's reading shows on the next hover, and after a
// reload, in real Chromium and Firefox.
import { expect, it } from 'vitest';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { hoverFor, pointAt, saveReadingInCard, waitForZhuDu } from './page-helpers.ts';
import { clearStoredCorrections, storedCorrections } from './harness/stored.ts';

const fixtures = serveFixtures();

const BODY = '.article-content';

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
});
