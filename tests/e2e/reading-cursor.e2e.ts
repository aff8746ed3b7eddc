// Reading by keyboard in the built extension, in real Chromium and Firefox: Alt+Shift+L puts a
// cursor on the article's first word, arrows move it with the card following, Enter pins the card,
// Esc leaves with the page as it was; axe-core finds nothing serious meanwhile.
import { expect, it } from 'vitest';
import { seriousViolations } from './a11y-helpers.ts';
import type { HPage } from './harness/browsers.ts';
import { eachBrowser, serveFixtures } from './harness/suite.ts';
import { clearStoredCorrections, storedCorrections } from './harness/stored.ts';
import { saveReadingInCard, waitForZhuDu } from './page-helpers.ts';

const fixtures = serveFixtures();
const article = (slug: string) => fixtures.server.fixtures.file.articles.find((a) => a.slug === slug)!;
const BODY = '.article-content';

/** What the cursor shows: the highlighted text and its top, the card's headword and state, the live region. */
interface CursorView {
  highlighted: string | null;
  top: number | null;
  hanzi: string | null;
  term: string | null;
  pinned: boolean;
  pinyin: string | null;
  said: string;
}

function cursorView(page: HPage): Promise<CursorView> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    const found = registry?.get('zhudu-cursor')?.values().next().value as AbstractRange | undefined;
    const range = found ? document.createRange() : null;
    if (found && range) {
      range.setStart(found.startContainer, found.startOffset);
      range.setEnd(found.endContainer, found.endOffset);
    }
    const root = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot;
    const card = root?.querySelector<HTMLElement>('.card');
    return {
      highlighted: range ? range.toString() : null,
      top: range ? range.getBoundingClientRect().top : null,
      hanzi: card?.dataset.hanzi ?? null,
      term: card?.dataset.term ?? null,
      pinned: card?.getAttribute('role') === 'dialog',
      pinyin: card?.dataset.pinyin ?? null,
      said: root?.querySelector('[data-testid="hover-announcement"]')?.textContent ?? '',
    };
  });
}

async function press(page: HPage, key: string, modifiers: string[] = []): Promise<void> {
  for (const modifier of modifiers) await page.keyDown(modifier);
  await page.keyDown(key);
  await page.keyUp(key);
  for (const modifier of [...modifiers].reverse()) await page.keyUp(modifier);
}

/** Waits until the cursor stands on another word than last time (by its place in the page), with the card about that same word. */
function nextView(page: HPage, before: string | null): Promise<CursorView> {
  return page
    .waitFor(
      () => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
        const range = registry?.get('zhudu-cursor')?.values().next().value as AbstractRange | undefined;
        const card = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('.card');
        const store = window as unknown as { __cursorAt?: { node: Node; offset: number } };
        if (!range || (store.__cursorAt?.node === range.startContainer && store.__cursorAt.offset === range.startOffset)) return null;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        if (card?.dataset.hanzi !== live.toString()) return null;
        store.__cursorAt = { node: range.startContainer, offset: range.startOffset };
        return true;
      },
      undefined,
      { timeout: 5_000, message: `the cursor never moved on from ${before} with its card` },
    )
    .then(() => cursorView(page));
}

/** Selects the first occurrence of `text` in the article, as a reader would before starting the cursor there. */
function selectText(page: HPage, text: string): Promise<void> {
  return page.evaluate(
    ({ sel, text }) => {
      const walker = document.createTreeWalker(document.querySelector(sel)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const at = n.data.indexOf(text);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    },
    { sel: BODY, text },
  );
}

/** Opens the changwu fixture article, selects `text` and starts the cursor there (Alt+Shift+L). */
async function startReadingAt(page: HPage, text: string): Promise<CursorView> {
  await page.goto(article('changwu').www);
  await waitForZhuDu(page);
  await selectText(page, text);
  await press(page, 'L', ['Alt', 'Shift']);
  return nextView(page, null);
}

eachBrowser(fixtures, 'reading by keyboard', (s) => {
  it('starts on the first word, moves word by word and line by line with the card, pins with Enter, leaves with Esc', async () => {
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    const bodyBefore = await s.page.evaluate(() => document.body.outerHTML);
    // Before the cursor starts, the page keeps its keys: an arrow reaches it, not prevented.
    await s.page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __keys: string[] }).__keys = seen;
      addEventListener('keydown', (event) => seen.push(`${event.key}:${event.defaultPrevented}`));
    });
    await press(s.page, 'ArrowRight');
    expect(await s.page.evaluate(() => (window as unknown as { __keys: string[] }).__keys)).toEqual(['ArrowRight:false']);

    await press(s.page, 'L', ['Alt', 'Shift']);
    const first = await nextView(s.page, null);
    // The page's text in order: each word the cursor reaches comes after the one before.
    const text = await s.page.evaluate(() => document.body.textContent!);
    expect(first.highlighted).toBeTruthy();
    expect(first.said).toContain(first.highlighted!);

    // → twelve times: each step a new word, further on in the text, with the card about it.
    const words = [first.highlighted!];
    let at = text.indexOf(first.highlighted!);
    for (let i = 0; i < 12; i++) {
      await press(s.page, 'ArrowRight');
      const view = await nextView(s.page, words[words.length - 1]!);
      expect(view.hanzi).toBe(view.highlighted);
      expect(view.said.startsWith(`${view.highlighted}`)).toBe(true);
      const found = text.indexOf(view.highlighted!, at);
      expect(found, `${view.highlighted} after ${words.join(' ')}`).toBeGreaterThanOrEqual(at);
      at = found;
      words.push(view.highlighted!);
    }
    expect(words.length).toBeGreaterThanOrEqual(11);
    // The arrows were ZhuDu's while reading: the page did not see them.
    expect(await s.page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.filter((k) => k.startsWith('Arrow')))).toEqual(['ArrowRight:false']);

    // ← goes back one word.
    await press(s.page, 'ArrowLeft');
    expect((await nextView(s.page, words[words.length - 1]!)).highlighted, words.join(' ')).toBe(words[words.length - 2]);

    // ↓ goes to a word on a lower line, ↑ back up.
    const before = await cursorView(s.page);
    await press(s.page, 'ArrowDown');
    const down = await nextView(s.page, before.highlighted);
    expect(down.top! - before.top!).toBeGreaterThan(10);
    await press(s.page, 'ArrowUp');
    const up = await nextView(s.page, down.highlighted);
    expect(Math.abs(up.top! - before.top!)).toBeLessThan(10);

    // Enter pins the card: a dialog with the focus; axe finds nothing serious with the cursor and the card.
    await press(s.page, 'Enter');
    await s.page.waitFor(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card[role="dialog"]') !== null, undefined, { timeout: 5_000, message: 'Enter did not pin the card' });
    expect((await cursorView(s.page)).pinned).toBe(true);
    // axe judges ZhuDu's own UI (the card, its live region); the fixture's own markup is the site's.
    const checked = await s.page.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelectorAll('*').length ?? 0);
    expect(checked).toBeGreaterThan(5);
    expect(await seriousViolations(s.page, '[data-zhudu-ui="card"]')).toEqual([]);

    // Esc leaves: no highlight, no card, the page's DOM as it was.
    await press(s.page, 'Escape');
    await s.page.waitFor(async () => {
      const registry = (CSS as unknown as { highlights?: Map<string, unknown> }).highlights;
      return !registry?.has('zhudu-cursor') || (registry.get('zhudu-cursor') as Set<unknown>).size === 0 ? true : null;
    }, undefined, { timeout: 5_000, message: 'Esc left the cursor on the page' });
    const after = await cursorView(s.page);
    expect(after.hanzi).toBeNull();
    expect(await s.page.evaluate(() => document.body.outerHTML)).toBe(bodyBefore);
    // And the arrows are the page's again.
    await press(s.page, 'ArrowRight');
    expect(await s.page.evaluate(() => (window as unknown as { __keys: string[] }).__keys.filter((k) => k.startsWith('Arrow')).slice(-1))).toEqual(['ArrowRight:false']);
  });

  it("starts from ZhuDu's browser shortcut too: the command reaches the active tab and the cursor starts at the selection", async () => {
    await s.page.goto(article('changwu').www);
    await waitForZhuDu(s.page);
    await selectText(s.page, '全力推进');
    // A headless browser presses no OS-level extension shortcut: an extension page runs the command
    // through the background's own command function, which the shortcut's listener calls too.
    const popup = await s.h.openPopup();
    try {
      await s.page.bringToFront();
      const started = await popup.evaluate(() => {
        type Api = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
        const g = globalThis as unknown as { browser?: Api; chrome?: Api };
        return (g.browser ?? g.chrome)!.runtime.sendMessage({ zhudu: 'runCommand', data: { name: 'read-by-keyboard' } });
      });
      expect(started).toBe(true);
      expect(await nextView(s.page, null)).toMatchObject({ highlighted: '全力', hanzi: '全力' });
      await press(s.page, 'Escape');
    } finally {
      await popup.close();
    }
  });

  it("fixes a word's reading from the pinned card, and keeps reading from that word", async () => {
    let view = await startReadingAt(s.page, '全力推进');
    expect(view).toMatchObject({ highlighted: '全力', pinyin: 'quán lì' });
    await press(s.page, 'Enter');
    await s.page.waitFor(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.card[role="dialog"] details.fix') !== null, undefined, { timeout: 5_000, message: 'the pinned card has no "fix this reading"' });
    try {
      expect((await saveReadingInCard(s.page, 'quan4 li4')).saved).toBe(true);
      expect(await storedCorrections(s.h)).toEqual({ 全力: 'quàn lì' });
      await s.page.waitFor(() => document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('.card')?.dataset.pinyin === 'quàn lì', undefined, { timeout: 5_000, message: 'the pinned card kept the old reading' });
      expect(await cursorView(s.page)).toMatchObject({ highlighted: '全力', pinned: true });
      // The arrows go on from the same word (the focus is on the card's Save button, not in its field),
      // and the words are read again with the correction.
      await press(s.page, 'ArrowRight');
      view = await nextView(s.page, view.highlighted);
      expect(view.highlighted).toBe('推进');
      await press(s.page, 'ArrowLeft');
      view = await nextView(s.page, view.highlighted);
      expect(view).toMatchObject({ highlighted: '全力', pinyin: 'quàn lì', pinned: false });
    } finally {
      await press(s.page, 'Escape');
      await clearStoredCorrections(s.h);
    }
  });

  it('starts at the selection, and reaches a glossary term as one unit', async () => {
    // The reader selects 全力推进 (just before “七大攻坚”) and starts reading there.
    let view = await startReadingAt(s.page, '全力推进');
    expect(view.highlighted).toBe('全力');
    const seen: string[] = [];
    for (let i = 0; i < 4 && view.highlighted !== '七大攻坚'; i++) {
      await press(s.page, 'ArrowRight');
      view = await nextView(s.page, view.highlighted);
      seen.push(view.highlighted!);
    }
    expect(view.highlighted, `words after 全力: ${seen.join(' ')}`).toBe('七大攻坚');
    expect(view.term).toBeTruthy();
    await press(s.page, 'Escape');
  });
});
