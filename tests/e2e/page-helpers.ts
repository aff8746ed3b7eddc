// What a user does on a page, expressed over the harness: point at a word, read the card.
import type { HPage } from './harness/browsers.ts';

export interface Card {
  hanzi: string;
  pinyin: string;
}

export interface WordTarget {
  /** Text to find in the page's flat text (it may run across elements). */
  text: string;
  /** Which character of `text` to point at. */
  charIndex?: number;
  /** Which occurrence of `text`. */
  occurrence?: number;
  /** Where to search; default the whole body. */
  within?: string;
  /** Horizontal position inside the glyph, 0–1. Past 0.5 the caret APIs report the next offset. */
  across?: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** One character's box in viewport pixels, scrolling it into view first when needed; null when not found. */
export function charBox(page: HPage, target: WordTarget): Promise<Box | null> {
  return page.evaluate(
    ({ text, charIndex = 0, occurrence = 0, within = 'body' }) => {
      const root = document.querySelector(within);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: [Text, number][] = [];
      let flat = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n as Text, flat.length]);
        flat += (n as Text).data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = flat.indexOf(text, at + 1);
        if (at < 0) return null;
      }
      const wanted = at + charIndex;
      const hit = nodes.find(([n, start]) => start <= wanted && wanted < start + n.data.length);
      if (!hit) return null;
      const range = document.createRange();
      range.setStart(hit[0], wanted - hit[1]);
      range.setEnd(hit[0], wanted - hit[1] + 1);
      let rect = range.getBoundingClientRect();
      if (rect.top < 0 || rect.bottom > innerHeight || rect.left < 0 || rect.right > document.documentElement.clientWidth) {
        // A narrow window scrolls sideways too (the fixture pages have a fixed-width layout).
        scrollBy(rect.left - document.documentElement.clientWidth / 2, rect.top - innerHeight / 2);
        rect = range.getBoundingClientRect();
      }
      return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
    },
    target,
  );
}

/** Viewport point over one character, scrolling it into view first when needed. */
export async function pointAt(page: HPage, target: WordTarget): Promise<{ x: number; y: number }> {
  const box = await charBox(page, target);
  if (!box) throw new Error(`"${target.text}" not found on the page`);
  const across = target.across ?? 0.75;
  return { x: box.left + (box.right - box.left) * across, y: (box.top + box.bottom) / 2 };
}

/** The card ZhuDu shows now, or null. */
export function readCard(page: HPage): Promise<Card | null> {
  return page.evaluate(() => {
    const card = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    return card ? { hanzi: card.dataset.hanzi ?? '', pinyin: card.dataset.pinyin ?? '' } : null;
  });
}

/** Moves the pointer over the target and waits for the card about the word there. */
export async function hoverFor(page: HPage, target: WordTarget): Promise<Card> {
  const { x, y } = await pointAt(page, target);
  // From a point beside it: a pointer already resting there (the same word on a reloaded page) sends no move.
  await page.mouseMove(x - 4, y + 1);
  await page.mouseMove(x, y);
  const char = target.text[target.charIndex ?? 0]!;
  return page.waitFor(
    (c) => {
      const card = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return card?.dataset.hanzi?.includes(c) ? { hanzi: card.dataset.hanzi, pinyin: card.dataset.pinyin ?? '' } : null;
    },
    char,
    { timeout: 5_000, message: `no card for "${char}" of "${target.text}"` },
  );
}

export function waitForZhuDu(page: HPage): Promise<boolean> {
  return page.waitFor(() => document.documentElement.getAttribute('data-zhudu') === 'on', undefined, {
    timeout: 10_000,
    message: 'ZhuDu never became active on the page (data-zhudu="on" on <html>)',
  });
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The centre of an element inside the card's shadow root (open in the e2e build), scrolled into view, in viewport pixels. */
export function cardPoint(page: HPage, selector: string): Promise<{ x: number; y: number }> {
  return page.waitFor(
    (sel) => {
      const el = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector(sel);
      if (!el) return null;
      // As a user scrolls a tall card to reach its lower part (a no-op when it is in view already).
      el.scrollIntoView({ block: 'nearest' });
      const rect = el.getBoundingClientRect();
      return rect.width > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    },
    selector,
    { timeout: 5_000, message: `no ${selector} in the card` },
  );
}

/** Clicks an element of the card with the real pointer (trusted events, as a user does). */
export async function clickInCard(page: HPage, selector: string): Promise<void> {
  const { x, y } = await cardPoint(page, selector);
  await page.click(x, y);
}

/**
 * "Fix this reading" in a pinned card, as a user does it: open the form, select the field, type the
 * reading, click Save (all trusted input). Resolves with the card's answer (saved, or the error shown).
 */
export async function saveReadingInCard(page: HPage, reading: string): Promise<{ saved: boolean; message: string }> {
  await clickInCard(page, 'details.fix > summary');
  await clickInCard(page, '[data-testid="fix-reading-input"]');
  await page.evaluate(() => document.querySelector('[data-zhudu-ui="card"]')!.shadowRoot!.querySelector<HTMLInputElement>('[data-testid="fix-reading-input"]')!.select());
  await page.type(reading);
  await clickInCard(page, '[data-testid="fix-reading-save"]');
  return page.waitFor(() => {
    const status = document.querySelector('[data-zhudu-ui="card"]')?.shadowRoot?.querySelector('.fix-done, .fix-error');
    return status ? { saved: status.classList.contains('fix-done'), message: status.textContent ?? '' } : null;
  });
}
