// Ruby mode in the built extension, in real Chromium and Firefox: pinyin over every word of the
// article, invisible to copy and find-in-page, kept up when the page changes, and gone without a
// trace when switched off.
import { afterAll, expect, it } from 'vitest';
import { sentenceAround } from '../../utils/core/text/han.ts';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { statusOf } from './extension-status.ts';
import { hoverFor, sleep, waitForZhuDu } from './page-helpers.ts';
import { reader } from '../helpers/engine.ts';
import { changeStoredSettings } from './harness/stored.ts';

const fixtures = serveFixtures();

const article = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';
const SETTINGS = { hoverMode: 'always', toneColors: true, toneStyle: 'marks', toneSandhi: true } as const;

/** Each paragraph of the body as the reader sees it: its text, and the rubies over it (offset, base, syllables). */
interface ParagraphRubies {
  text: string;
  rubies: { at: number; base: string; syllables: string[] }[];
  /** Han characters not under one of our rubies. */
  bare: string;
}

function readRubies(page: HPage, selector: string): Promise<ParagraphRubies[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let text = '';
      let bare = '';
      const rubies: { at: number; base: string; syllables: string[] }[] = [];
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const ruby = n.parentElement?.closest('ruby.zhudu-ruby');
        if (ruby) {
          const syllables = [...ruby.querySelectorAll('rt [data-zhudu-pinyin]')].map((s) => s.getAttribute('data-zhudu-pinyin')!);
          rubies.push({ at: text.length, base: n.data, syllables });
        } else {
          bare += (n.data.match(/\p{Script=Han}/gu) ?? []).join('');
        }
        text += n.data;
      }
      return { text, rubies, bare };
    });
  }, selector);
}

/** Scrolls down a screen at a time, giving ruby mode a moment at each stop, until the end of the page. */
async function scrollThrough(page: HPage): Promise<void> {
  await page.evaluate(() => scrollTo(0, 0));
  for (let i = 0; i < 200; i++) {
    await sleep(150);
    const atEnd = await page.evaluate(() => {
      const root = document.scrollingElement!;
      if (root.scrollTop + innerHeight >= root.scrollHeight - 2) return true;
      scrollBy(0, innerHeight * 0.9);
      return false;
    });
    if (atEnd) return;
  }
}

const allAnnotated = (page: HPage, selector: string) =>
  page.waitFor(
    (sel) => [...document.querySelectorAll(sel)].every((p) => {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        if (/\p{Script=Han}/u.test(n.data) && !n.parentElement?.closest('ruby.zhudu-ruby')) return false;
      }
      return true;
    }),
    selector,
    { timeout: 15_000, message: `Han text under ${selector} never got ruby` },
  );

eachBrowser(fixtures, 'ruby mode', (s) => {
  // Firefox writes storage from an extension tab, which takes the front: ruby works in frames, and a
  // background tab gets none (the user switches ruby on from the popup, over the page).
  const setRuby = async (ruby: boolean) => {
    await changeStoredSettings(s.h, { ...SETTINGS, ruby });
    await s.page.bringToFront();
  };
  afterAll(async () => {
    await changeStoredSettings(s.h, { ...SETTINGS, ruby: false }).catch(() => {});
  });

  it('puts every Han character of the body in a ruby with its reading; copy and find see the original; off restores the DOM exactly', async () => {
    await setRuby(false);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    const before = await s.page.evaluate(() => document.documentElement.outerHTML);
    const original = await s.page.evaluate((sel) => [...document.querySelectorAll(`${sel} p`)].map((p) => p.textContent), BODY);

    await setRuby(true);
    await scrollThrough(s.page);
    await allAnnotated(s.page, `${BODY} p`);

    // Each ruby carries the reading hover gives its characters: the paragraph's sentence read in context.
    const paragraphs = await readRubies(s.page, `${BODY} p`);
    expect(paragraphs.map((p) => p.text)).toEqual(original);
    let checked = 0;
    for (const { text, rubies, bare } of paragraphs) {
      expect(bare).toBe('');
      for (const { at, base, syllables } of rubies) {
        const sentence = sentenceAround(text, at);
        const readings = reader.readChars(text.slice(sentence.start, sentence.end));
        const chars = [...base];
        expect(syllables).toHaveLength(chars.length);
        let offset = at - sentence.start;
        chars.forEach((char, i) => {
          expect(readings.find((r) => r.index === offset)?.pinyin, `${char} in ${base}`).toBe(syllables[i]);
          offset += char.length;
          checked++;
        });
      }
    }
    expect(checked).toBeGreaterThan(500);

    // The pinyin is drawn by CSS only: selection, innerText and find-in-page see the hanzi alone.
    const seen = await s.page.evaluate((sel) => {
      const selection = getSelection()!;
      const selected = [...document.querySelectorAll(`${sel} p`)].map((p) => {
        selection.selectAllChildren(p);
        return selection.toString();
      });
      selection.removeAllRanges();
      const inner = (document.querySelector(sel) as HTMLElement).innerText;
      const find = (q: string) => {
        getSelection()!.collapse(document.body, 0);
        // window.find is what find-in-page runs on; TypeScript's DOM types leave it out.
        const found = (window as unknown as { find(...args: unknown[]): boolean }).find(q, false, false, false, false, false, false);
        getSelection()!.removeAllRanges();
        return found;
      };
      return { selected, pinyinInText: /[āáǎàēéěèīíǐìōóǒòūúǔù]/.test(inner), findsWords: find('市长陈恢清') && find('应急处突'), findsPinyin: find('zhǎng') };
    }, BODY);
    expect(seen.selected.map((s) => s.replace(/\s+$/, ''))).toEqual(original.map((s) => s!.replace(/\s+$/, '')));
    expect(seen).toMatchObject({ pinyinInText: false, findsWords: true, findsPinyin: false });

    // The clipboard itself: copy a paragraph with Ctrl+C now, paste it into a field once the page is checked.
    await s.page.evaluate((sel) => getSelection()!.selectAllChildren(document.querySelectorAll(`${sel} p`)[4]!), BODY);
    await s.page.keyDown('Control');
    await s.page.keyDown('c');
    await s.page.keyUp('c');
    await s.page.keyUp('Control');
    await s.page.evaluate(() => getSelection()!.removeAllRanges());

    await setRuby(false);
    await s.page.waitFor(() => !document.querySelector('ruby.zhudu-ruby, style[data-zhudu-style]'), undefined, { message: 'ruby stayed after switching off' });
    expect(await s.page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    await s.page.evaluate(() => {
      const field = document.createElement('textarea');
      field.id = 'paste';
      document.body.prepend(field);
      field.focus();
    });
    await s.page.keyDown('Control');
    await s.page.keyDown('v');
    await s.page.keyUp('v');
    await s.page.keyUp('Control');
    expect(await s.page.evaluate(() => (document.getElementById('paste') as HTMLTextAreaElement).value)).toBe(original[4]);
  });

  it('is legible at the default size: pinyin of 10 px or more, lines apart, no word broken across lines at 700 px', async () => {
    await setRuby(false);
    await s.page.setViewport(700, 900);
    try {
      for (const { slug } of fixtures.server.fixtures.file.articles) {
        await s.page.goto(article(slug).www);
        await waitForZhuDu(s.page);
        await setRuby(true);
        await scrollThrough(s.page);
        await allAnnotated(s.page, `${BODY} p`);
        const measured = await s.page.evaluate((sel) => {
          const rubies = [...document.querySelectorAll(`${sel} ruby.zhudu-ruby`)];
          let smallest = Infinity;
          const broken: string[] = [];
          const collisions: string[] = [];
          for (const ruby of rubies) {
            const rt = ruby.querySelector('rt')!;
            smallest = Math.min(smallest, parseFloat(getComputedStyle(rt).fontSize));
            // One line box per line the ruby is on: more than one top means the word was broken.
            const tops = new Set([...ruby.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (tops.size > 1) broken.push(ruby.firstChild!.textContent!);
          }
          // The pinyin of a line stays below the characters of the line above it.
          for (const p of document.querySelectorAll(`${sel} p`)) {
            const lines = new Map<number, { baseBottom: number; rtTop: number }>();
            for (const ruby of p.querySelectorAll('ruby.zhudu-ruby')) {
              const base = document.createRange();
              base.selectNodeContents(ruby.firstChild!);
              const b = base.getBoundingClientRect();
              const r = ruby.querySelector('rt')!.getBoundingClientRect();
              const key = Math.round(b.top);
              const line = lines.get(key) ?? { baseBottom: -Infinity, rtTop: Infinity };
              lines.set(key, { baseBottom: Math.max(line.baseBottom, b.bottom), rtTop: Math.min(line.rtTop, r.top) });
            }
            const ordered = [...lines.entries()].sort((a, c) => a[0] - c[0]).map(([, line]) => line);
            ordered.forEach((line, i) => i > 0 && line.rtTop < ordered[i - 1]!.baseBottom - 0.5 && collisions.push(p.textContent!.slice(0, 12)));
          }
          return { count: rubies.length, smallest, broken, collisions };
        }, BODY);
        expect(measured.count, slug).toBeGreaterThan(50);
        expect(measured.smallest, slug).toBeGreaterThanOrEqual(10);
        expect(measured.broken, slug).toEqual([]);
        expect(measured.collisions, slug).toEqual([]);
        await setRuby(false);
      }
    } finally {
      await s.page.setViewport(1280, 800);
    }
  }, 300_000);

  it("raises a line only where it must: a page's own larger line height stays", async () => {
    await setRuby(false);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    // The page spaces its lines wider than ruby needs (64 px for 16-ish px text).
    await s.page.evaluate((sel) => document.querySelector<HTMLElement>(`${sel} p`)!.style.setProperty('line-height', '64px'), BODY);
    await setRuby(true);
    await allAnnotated(s.page, `${BODY} p:first-of-type`);
    const pitch = await s.page.evaluate((sel) => {
      const p = document.querySelector(`${sel} p`)!;
      const tops = [...new Set([...p.querySelectorAll('ruby.zhudu-ruby')].map((ruby) => Math.round(ruby.getBoundingClientRect().top)))].sort((a, b) => a - b);
      return { lines: tops.length, smallest: Math.min(...tops.slice(1).map((top, i) => top - tops[i]!)) };
    }, BODY);
    expect(pitch.lines).toBeGreaterThan(1);
    expect(pitch.smallest).toBeGreaterThanOrEqual(63);
    await setRuby(false);
  });

  it('puts a personal name and a set phrase under one ruby each (陈恢清, 坚定信心)', async () => {
    await setRuby(false);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    await setRuby(true);
    await scrollThrough(s.page);
    await allAnnotated(s.page, `${BODY} p`);
    const bases = await s.page.evaluate((sel) => [...document.querySelectorAll(`${sel} ruby.zhudu-ruby`)].map((ruby) => ruby.firstChild!.textContent), BODY);
    expect(bases).toContain('陈恢清');
    expect(bases).toContain('坚定信心');
    await setRuby(false);
  });

  it('styles the ruby so that it survives hostile page CSS, and leaves no stylesheet behind', async () => {
    await setRuby(false);
    await s.page.goto('http://www.zznews.gov.cn/test/hostile-css.html');
    await waitForZhuDu(s.page);
    // The page's own <style> elements, and the adopted sheets that are not ZhuDu's highlight rules
    // (the glossary marks' sheet comes and goes with the marks near the viewport).
    const sheets = () =>
      s.page.evaluate(() => ({
        adopted: document.adoptedStyleSheets.filter((sheet) => ![...sheet.cssRules].every((rule) => rule.cssText.includes('::highlight(zhudu-'))).length,
        styles: document.querySelectorAll('style').length,
      }));
    const without = await sheets();
    await setRuby(true);
    await allAnnotated(s.page, `${BODY} p:first-of-type`);
    const look = await s.page.evaluate((sel) => {
      const ruby = document.querySelector(`${sel} ruby.zhudu-ruby`)!;
      const rt = ruby.querySelector('rt')!;
      const syllable = rt.firstElementChild!;
      return {
        ruby: getComputedStyle(ruby).display,
        rt: getComputedStyle(rt).display,
        rtSelect: getComputedStyle(rt).userSelect,
        rtPx: parseFloat(getComputedStyle(rt).fontSize),
        basePx: parseFloat(getComputedStyle(ruby).fontSize),
        pinyin: getComputedStyle(syllable, '::before').content,
        shown: rt.getBoundingClientRect().width > 0 && rt.getBoundingClientRect().bottom <= (ruby.firstChild as Text).parentElement!.getBoundingClientRect().bottom,
      };
    }, BODY);
    expect(look).toMatchObject({ ruby: 'ruby', rt: 'ruby-text', rtSelect: 'none', shown: true });
    // The default size (medium, 0.65em), never under 10 px, whatever the hostile page's CSS says.
    expect(look.rtPx).toBeCloseTo(Math.max(10, 0.65 * look.basePx), 1);
    // Chromium computes the generated text, Firefox reports the declaration; `shown` checked it is drawn.
    expect(look.pinyin).toMatch(/^"\p{L}+"$|^attr\(data-zhudu-pinyin\)$/u);
    await setRuby(false);
    await s.page.waitFor(() => !document.querySelector('ruby.zhudu-ruby, style[data-zhudu-style]'));
    expect(await sheets()).toEqual(without);
  });

  it('keeps hover working over annotated text', async () => {
    await setRuby(true);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    await allAnnotated(s.page, `${BODY} p:first-of-type`);
    expect(await hoverFor(s.page, { text: '市长陈恢清', charIndex: 1, within: BODY })).toEqual({ hanzi: '市长', pinyin: 'shì zhǎng' });
    // 应急 is in a <strong>, 处突 after it: under ruby too, 处突 is the word, with its reading in context.
    expect(await hoverFor(s.page, { text: '应急处突', charIndex: 2, within: BODY })).toEqual({ hanzi: '处突', pinyin: 'chǔ tū' });
  });

  it('annotates what the page adds or rewrites later, and keeps the page’s own text nodes working', async () => {
    await setRuby(true);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    await allAnnotated(s.page, `${BODY} p:first-of-type`);
    await s.page.evaluate((sel) => {
      const p = document.createElement('p');
      p.id = 'added';
      p.textContent = '　　会议强调，要坚定信心，抓好开局。';
      document.querySelector(sel)!.prepend(p);
    }, BODY);
    await allAnnotated(s.page, '#added');
    expect((await readRubies(s.page, '#added'))[0]!.text).toBe('　　会议强调，要坚定信心，抓好开局。');

    // A page that holds a text node and writes to it (a ticker) is heard even though ruby replaced the node.
    await setRuby(false);
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    const last = `${BODY} p:last-of-type`; // one text node: 　　会议还研究了其他事项。
    await s.page.evaluate((sel) => {
      const p = document.querySelector(sel)!;
      p.scrollIntoView({ block: 'center' });
      (window as unknown as { held: Text }).held = p.firstChild as Text;
    }, last);
    await setRuby(true);
    await allAnnotated(s.page, last);
    await s.page.evaluate(() => ((window as unknown as { held: Text }).held.data = '　　株洲市长主持会议。'));
    await s.page.waitFor((sel) => document.querySelector(sel)!.textContent === '　　株洲市长主持会议。', last, {
      message: 'the page’s write to its own text node did not show',
    });
    // The page keeps that node current itself: it stays plain text, not annotated again (no flicker).
    await sleep(500);
    expect(await s.page.evaluate((sel) => document.querySelector(sel)!.firstChild === (window as unknown as { held: Text }).held && !document.querySelector(`${sel} ruby`), last)).toBe(true);
    await setRuby(false);
    await s.page.waitFor(() => !document.querySelector('ruby.zhudu-ruby, style[data-zhudu-style]'));
    expect(await s.page.evaluate((sel) => document.querySelector(sel)!.firstChild === (window as unknown as { held: Text }).held, last)).toBe(true);
    expect(await s.page.evaluate((sel) => document.querySelector(sel)!.outerHTML, last)).toBe('<p>　　株洲市长主持会议。</p>');
  });

  it('raises no error on the mutating and weird pages, and leaves fields, editors and existing ruby alone', async () => {
    await setRuby(true);
    await s.page.goto('http://www.zznews.gov.cn/test/hostile-mutating.html');
    await waitForZhuDu(s.page);
    await scrollThrough(s.page);
    // The page rewrites #mut-chardata's own text node every 3 ms: the node is handed back and stays
    // plain (annotating it again would flicker); the paragraphs around it keep their ruby.
    await s.page.waitFor(() => document.querySelectorAll('.article-content > p:not(#mut-chardata):not(#mut-target) ruby.zhudu-ruby').length > 0, undefined, {
      interval: 20,
      message: 'the article around the rewritten paragraphs got no ruby',
    });
    await sleep(1_000);
    expect(await s.page.evaluate(() => document.querySelector('#mut-chardata ruby.zhudu-ruby') === null)).toBe(true);
    expect((await statusOf(s.h, s.page)).errors).toEqual({ count: 0, last: null });

    await s.page.goto('http://www.zznews.gov.cn/test/hostile-weird-dom.html');
    await waitForZhuDu(s.page);
    await scrollThrough(s.page);
    await sleep(500);
    const untouched = await s.page.evaluate(() =>
      [...document.querySelectorAll('textarea, input, select, button, [contenteditable], ruby:not(.zhudu-ruby), script, style, svg')].every(
        (el) => !el.querySelector('ruby.zhudu-ruby') && !el.closest('ruby.zhudu-ruby'),
      ),
    );
    expect(untouched).toBe(true);
    expect((await statusOf(s.h, s.page)).errors).toEqual({ count: 0, last: null });
    await setRuby(false);
    await s.page.waitFor(() => !document.querySelector('ruby.zhudu-ruby, style[data-zhudu-style]'));
  });
});
