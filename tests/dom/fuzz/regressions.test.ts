// Minimal cases the fuzz found, kept as plain tests so they stay fixed whatever the seed.
import './happy-dom';
import { describe, expect, it } from 'vitest';
import { blockTextOf } from '@/utils/page/block-text';

function body(...nodes: (Node | string)[]): HTMLElement {
  document.body.replaceChildren(...nodes);
  return document.body;
}

describe('blockTextOf.rangeOf', () => {
  it('a range from the start of a block that opens with <br> starts at its first text, not before it', () => {
    // <body><br>常规</body>: text "\n常规"; offset 0 lies before the first text node.
    const text = document.createTextNode('常规');
    body(document.createElement('br'), text);
    const range = blockTextOf(text).rangeOf(0, 3);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([text, 0, text, 2]);
    expect(range.toString()).toBe('常规');
  });
});

describe('glossary marks', () => {
  it('lists only terms it can reveal: a term does not run from one paragraph into the next', async () => {
    const { createErrorLog } = await import('@/utils/content/error-log');
    const { startGlossaryMarks } = await import('@/utils/content/glossary-marks');
    // <div class="article-content"><p>推动高质量</p><p>发展</p></div>
    const article = document.createElement('div');
    article.className = 'article-content';
    for (const words of ['推动高质量', '发展']) article.append(Object.assign(document.createElement('p'), { textContent: words }));
    body(article);
    const marks = startGlossaryMarks({ doc: document, regions: () => [article], showMarks: () => true, errors: createErrorLog() });
    const listed = marks.terms().map((term) => term.term);
    marks.stop();
    expect(listed).not.toContain('高质量发展');
  });
});

describe('ruby mode (known, reported)', () => {
  // The fuzz found it (a page's script toggling contenteditable, or moving annotated text into an
  // editor or a <ruby>): the rubies stay, and the reader then edits ZhuDu's markup. ruby-mode.ts
  // observes childList and characterData, not attributes. Remove `.fails` once it is handled.
  it('takes its rubies out of text the page makes editable', async () => {
    const { createErrorLog } = await import('@/utils/content/error-log');
    const { startRubyMode } = await import('@/utils/content/ruby-mode');
    const { DEFAULT_SETTINGS } = await import('@/utils/settings');
    const { installIntersectionObserver } = await import('./fake-intersection');
    const { installFastTimers } = await import('./fast-timers');
    const timers = installFastTimers(window);
    const restore = installIntersectionObserver(window, () => false);
    const p = Object.assign(document.createElement('p'), { textContent: '株洲市长' });
    const article = Object.assign(document.createElement('div'), { className: 'article-content' });
    article.append(p);
    body(article);
    const stop = startRubyMode({ doc: document, regions: () => [article], settings: () => ({ ...DEFAULT_SETTINGS, ruby: true }), errors: createErrorLog() });
    try {
      await timers.settle();
      expect(p.querySelector('ruby')).not.toBeNull();
      p.setAttribute('contenteditable', 'true');
      await timers.settle();
      expect(p.querySelector('ruby')).toBeNull();
    } finally {
      stop();
      restore();
      timers.restore();
    }
  });
});
