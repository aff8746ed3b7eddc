// The card as a learner reads it, in the built extension in Chromium and Firefox: what words mean
// (CC-CEDICT from the background), words cut by the dictionary, slogans whole, and a card that is
// never drawn over the line being read.
import { expect, it } from 'vitest';
import { eachBrowser, serveFixtures, type BrowserSuite } from './harness/suite.ts';
import type { HPage } from './harness/browsers.ts';
import { charBox, hoverFor, sleep, waitForZhuDu, type WordTarget } from './page-helpers.ts';

const fixtures = serveFixtures();
const article = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';
const EPAPER_BODY = 'founder-content';

/** What the card says now: its word, kind, senses and glossary term. */
function cardText(page: HPage) {
  return page.evaluate(() => {
    const card = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('.card');
    if (!card) return null;
    return {
      hanzi: card.dataset.hanzi ?? '',
      pinyin: card.dataset.pinyin ?? '',
      kind: card.dataset.kind ?? '',
      term: card.dataset.term ?? '',
      senses: [...card.querySelectorAll('[data-testid="senses"] li')].map((li) => li.textContent ?? ''),
      labels: [...card.querySelectorAll('.labels .chip')].map((chip) => chip.textContent ?? ''),
      hasEntry: card.querySelector('.term') !== null,
    };
  });
}

/** The hovered character's box and the card's box, in viewport pixels. */
async function boxes(page: HPage, target: WordTarget) {
  const line = await charBox(page, target);
  if (!line) throw new Error(`"${target.text}" not found on the page`);
  const rest = await page.evaluate(() => {
    const card = document.querySelector('[data-zhudu-ui="card"]')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    return { card: { left: card.left, top: card.top, right: card.right, bottom: card.bottom }, viewport: { width: document.documentElement.clientWidth, height: document.documentElement.clientHeight } };
  });
  return { line, ...rest };
}

/** Four Han characters from the middle of the last paragraph wholly on screen, or wholly below it. */
async function wordOfLastParagraph(page: HPage, where: 'on screen' | 'below the screen'): Promise<string> {
  const word = await page.evaluate(
    ([selector, below]) => {
      const paragraphs = [...document.querySelectorAll(`${selector} p`)].filter((p) => {
        const box = p.getBoundingClientRect();
        const placed = below ? box.top >= innerHeight : box.top >= 0 && box.bottom <= innerHeight;
        return placed && /\p{Script=Han}{4}/u.test(p.textContent ?? '');
      });
      const runs = [...(paragraphs.at(-1)?.textContent ?? '').matchAll(/\p{Script=Han}{4}/gu)].map((m) => m[0]);
      return runs[Math.floor(runs.length / 2)] ?? null;
    },
    [BODY, where === 'below the screen'] as const,
  );
  expect(word, `a paragraph ${where}`).not.toBeNull();
  return word!;
}

/** Stops the worker, points at `word` and checks that its card asked the worker nothing (its first move may wake it to get ready). */
async function expectAnsweredInPage(s: BrowserSuite, word: string): Promise<void> {
  await s.h.stopBackground();
  await sleep(500);
  await hoverFor(s.page, { text: word, within: BODY });
  await sleep(1_500);
  const marks = (await s.h.backgroundMarks()) ?? [];
  expect(marks.map((mark) => mark.name)).not.toContain('zhudu:lookUp');
}

eachBrowser(fixtures, 'word cards', (s, name) => {
  // Chromium only: its service worker can be stopped, which shows whether a card needed it.
  it.skipIf(name !== 'chromium')("has the next paragraph's cards before the pointer gets there: its first word needs no round trip", async () => {
    await s.page.goto(article('zhaoshang').www);
    await waitForZhuDu(s.page);
    await hoverFor(s.page, { text: '蛇年首个工作日', within: BODY });
    await sleep(2_000); // the paragraph and the two after it are fetched meanwhile
    await s.h.stopBackground();
    await sleep(500);
    expect((await hoverFor(s.page, { text: '去年以来', within: BODY })).hanzi).toBe('去年');
    await sleep(1_500);
    // Reading ahead may wake the worker for the paragraphs after it, but this card asked it nothing.
    const marks = (await s.h.backgroundMarks()) ?? [];
    expect(marks.map((mark) => mark.name)).not.toContain('zhudu:lookUp');
  });

  // Chromium only, as above. What a reader meets after reading for a while without moving: the worker
  // stopped, and the pointer put straight on a word on screen, with nothing hovered before.
  it.skipIf(name !== 'chromium').each([
    ['once a reader is there (the pointer crossed the margin)', true],
    ['with nobody there since the page loaded', false],
  ])('has the cards of the paragraphs on screen %s: a word there needs no cold start of the worker', async (_, readerArrives) => {
    await s.page.goto(article('zhaoshang').www);
    await waitForZhuDu(s.page);
    if (readerArrives) await s.page.mouseMove(3, 300); // on the page's margin, on no word
    await sleep(readerArrives ? 2_000 : 3_500); // fetched once the pointer rests, or two seconds after the start
    await expectAnsweredInPage(s, await wordOfLastParagraph(s.page, 'on screen'));
  });

  // Chromium only, as above. A reader who scrolls on after resting a while: the paragraphs below the
  // screen were fetched after it, one stretch at a time, so the worker's cold start never shows there.
  it.skipIf(name !== 'chromium')('has the cards of the paragraphs below the screen too: a word scrolled to needs no cold start of the worker', async () => {
    await s.page.goto(article('zhaoshang').www);
    await s.page.evaluate(() => scrollTo(0, 0));
    await waitForZhuDu(s.page);
    await sleep(4_500); // the screen two seconds after the start, then the stretches below it
    await expectAnsweredInPage(s, await wordOfLastParagraph(s.page, 'below the screen'));
  });

  it('explains 投资 with an English sense, and 络绎不绝 as one word with its meaning', async () => {
    await s.page.goto(article('yanling').www);
    await waitForZhuDu(s.page);
    expect(await hoverFor(s.page, { text: '一期投资', charIndex: 2, within: BODY })).toEqual({ hanzi: '投资', pinyin: 'tóu zī' });
    expect((await cardText(s.page))!.senses.join('; ')).toMatch(/invest/);

    await s.page.goto(article('lusong').www);
    await waitForZhuDu(s.page);
    expect((await hoverFor(s.page, { text: '络绎不绝', charIndex: 1, within: BODY })).hanzi).toBe('络绎不绝');
    const card = (await cardText(s.page))!;
    expect(card.kind).toBe('word');
    expect(card.senses.length).toBeGreaterThan(0);
  });

  it('says what 株洲 means, though CC-CEDICT only points it to 株洲市', async () => {
    await s.page.goto(article('tongzhan').www);
    await waitForZhuDu(s.page);
    expect((await hoverFor(s.page, { text: '为株洲经济', charIndex: 1, within: BODY })).hanzi).toBe('株洲');
    expect((await cardText(s.page))!.senses[0]).toMatch(/^see 株洲市 \[Zhū zhōu Shì\] — Zhuzhou, prefecture-level city/);
  });

  it('reads 习近平 and 陈恢清 as one unit each, labelled as personal names', async () => {
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    expect(await hoverFor(s.page, { text: '习近平', charIndex: 1, within: BODY })).toEqual({ hanzi: '习近平', pinyin: 'xí jìn píng' });
    expect((await cardText(s.page))!.kind).toBe('name');
    expect((await hoverFor(s.page, { text: '市长陈恢清', charIndex: 3, within: BODY })).hanzi).toBe('陈恢清');
    const name = (await cardText(s.page))!;
    expect(name.kind).toBe('name');
    expect(name.labels.length).toBe(1);
  });

  // Chromium only, as above. A live update while someone reads: the page reads the new text ahead too, so
  // a word there is answered in the page after the worker stopped.
  it.skipIf(name !== 'chromium')('has the cards of a paragraph the page adds while a reader is there', async () => {
    await s.page.goto(article('zhaoshang').www);
    await waitForZhuDu(s.page);
    await s.page.mouseMove(3, 300); // on the page's margin, on no word
    await sleep(2_500); // the screen's cards are fetched
    await s.page.evaluate((body) => {
      const p = document.createElement('p');
      p.textContent = '快讯：渌口区今天启动樱花观赏季，游客络绎不绝。';
      document.querySelector(body)!.prepend(p);
    }, BODY);
    await sleep(1_500);
    await expectAnsweredInPage(s, '络绎不绝');
  });

  // Chromium only, as above. Text the page adds after reading ahead is the worker's own cold path: a
  // term there gets its card from a worker just started, with its entry read from its own file.
  it.skipIf(name !== 'chromium')('explains a term the page added later from a worker just started, with its glossary entry', async () => {
    await s.page.goto(article('zhaoshang').www);
    await waitForZhuDu(s.page);
    await sleep(4_500); // past what the page reads ahead by itself
    await s.page.evaluate((body) => {
      const p = document.createElement('p');
      p.textContent = '会议强调，要加快发展新质生产力，推动高质量发展。';
      document.querySelector(body)!.append(p);
    }, BODY);
    await sleep(1_500);
    await s.h.stopBackground();
    expect((await hoverFor(s.page, { text: '发展新质生产力，推动', charIndex: 3, within: BODY })).hanzi).toBe('新质生产力');
    const card = (await cardText(s.page))!;
    expect([card.term, card.hasEntry]).toEqual(['xin-zhi-sheng-chan-li', true]);
    expect(((await s.h.backgroundMarks()) ?? []).map((mark) => mark.name)).toContain('zhudu:lookUp');
  });

  it('makes 新质生产力 the headword whole, with its pinyin and its glossary entry', async () => {
    await s.page.goto(article('tongzhan').zzrb);
    await waitForZhuDu(s.page);
    expect(await hoverFor(s.page, { text: '新质生产力', charIndex: 3, within: EPAPER_BODY })).toEqual({
      hanzi: '新质生产力',
      pinyin: 'xīn zhì shēng chǎn lì',
    });
    const card = (await cardText(s.page))!;
    expect(card.term).toBe('xin-zhi-sheng-chan-li');
    expect(card.hasEntry).toBe(true);
  });

  for (const [width, height] of [
    [1280, 800],
    [700, 560],
  ] as const) {
    it(`never draws the card over the hovered line at ${width}×${height}, over 24 words and the longest glossary card`, async () => {
      await s.page.setViewport(width, height);
      try {
        await s.page.goto(article('changwu').www);
        await waitForZhuDu(s.page);
        const text = await s.page.evaluate(() => document.querySelector('.article-content')!.textContent!);
        const starts = [...text.matchAll(/\p{Script=Han}{4}/gu)].map((m) => m.index!);
        const targets: WordTarget[] = [{ text: '七大攻坚', charIndex: 1, within: BODY }];
        for (let i = 0; i < 24; i++) {
          const at = starts[Math.floor((i * starts.length) / 24)]!;
          targets.push({ text: text.slice(at, at + 4), charIndex: 0, within: BODY });
        }
        let checked = 0;
        for (const target of targets) {
          await hoverFor(s.page, { ...target, across: 0.5 });
          await sleep(30); // the card places itself in a layout effect after it is drawn
          const { line, card, viewport } = await boxes(s.page, target);
          const overlaps = card.top < line.bottom && line.top < card.bottom && card.left < line.right && line.left < card.right;
          expect(overlaps, `card over the line of "${target.text}": ${JSON.stringify({ line, card })}`).toBe(false);
          expect(card.top).toBeGreaterThanOrEqual(0);
          expect(card.bottom).toBeLessThanOrEqual(viewport.height + 0.5);
          expect(card.left).toBeGreaterThanOrEqual(0);
          expect(card.right).toBeLessThanOrEqual(viewport.width + 0.5);
          checked++;
        }
        expect(checked).toBeGreaterThanOrEqual(20);
        // Pinned, the longest card (the whole entry of 七大攻坚 with its items and sources) still keeps off the line.
        const longest = targets[0]!;
        await hoverFor(s.page, { ...longest, across: 0.5 });
        await s.page.keyDown('p');
        await s.page.keyUp('p');
        await s.page.waitFor(() => !!document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('[role="dialog"]'), undefined, { message: 'P did not pin the card' });
        await sleep(30);
        const pinned = await boxes(s.page, longest);
        expect(pinned.card.top < pinned.line.bottom && pinned.line.top < pinned.card.bottom, JSON.stringify(pinned)).toBe(false);
        expect(pinned.card.bottom).toBeLessThanOrEqual(pinned.viewport.height + 0.5);
        await s.page.keyDown('Escape');
        await s.page.keyUp('Escape');
      } finally {
        await s.page.setViewport(1280, 800);
      }
    });
  }
});
