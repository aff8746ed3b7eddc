import { describe, expect, it } from 'vitest';
import { createDomJournal } from '@/utils/page/dom-journal';

function paragraph(html: string): HTMLElement {
  // Test input is a constant written here, not page data.
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content);
  return document.body.firstElementChild as HTMLElement;
}

/** Stand-in for a ruby: base text and an annotation that is not part of the shown text. */
function ruby(base: string): HTMLElement {
  const element = document.createElement('ruby');
  element.append(base, document.createElement('rt'));
  return element;
}

describe('DomJournal', () => {
  it('replaces a text node and puts the very same node back, byte-identical', () => {
    const p = paragraph('<p>　　株洲<b>市</b>长</p>');
    const original = p.firstChild as Text;
    const before = p.outerHTML;
    const journal = createDomJournal();
    expect(journal.replaceText(original, [document.createTextNode('　　'), ruby('株洲')])).toBe(true);
    expect(p.firstChild).not.toBe(original);
    expect(journal.isReplaced(original)).toBe(true);
    expect(journal.originalOf(p.childNodes[1]!.firstChild!)).toBe(original);
    journal.revert();
    expect(p.outerHTML).toBe(before);
    expect(p.firstChild).toBe(original);
    expect(journal.size).toBe(0);
  });

  it('is idempotent: a replaced or detached node is not replaced again', () => {
    const p = paragraph('<p>株洲</p>');
    const original = p.firstChild as Text;
    const journal = createDomJournal();
    journal.replaceText(original, [ruby('株洲')]);
    const after = p.outerHTML;
    expect(journal.replaceText(original, [ruby('株洲')])).toBe(false);
    expect(p.outerHTML).toBe(after);
    expect(journal.size).toBe(1);
  });

  it('keeps what the page wrote to the detached original (a ticker holding its node)', () => {
    const p = paragraph('<p>株洲</p>');
    const original = p.firstChild as Text;
    const journal = createDomJournal();
    journal.replaceText(original, [ruby('株洲')]);
    original.data = '湘潭';
    journal.restoreText(original);
    expect(p.outerHTML).toBe('<p>湘潭</p>');
    expect(p.firstChild).toBe(original);
    expect(journal.isReplaced(original)).toBe(false);
  });

  it('keeps what the page wrote into our nodes, and drops what it removed', () => {
    const p = paragraph('<p>株洲市长</p>');
    const original = p.firstChild as Text;
    const journal = createDomJournal();
    const first = ruby('株洲');
    const second = ruby('市长');
    journal.replaceText(original, [first, second]);
    first.firstChild!.textContent = '湘潭';
    journal.revert();
    expect(p.outerHTML).toBe('<p>湘潭市长</p>');
    expect(p.firstChild).toBe(original);

    const q = paragraph('<p>株洲</p>');
    const gone = q.firstChild as Text;
    journal.replaceText(gone, [ruby('株洲')]);
    q.replaceChildren('新的文字');
    journal.revert();
    expect(q.outerHTML).toBe('<p>新的文字</p>');
    expect(gone.parentNode).toBeNull();
  });

  it('restores attributes and the exact class text, or their absence', () => {
    const p = paragraph('<p class="a  b" title="t">x</p>');
    const q = paragraph('<div><p>x</p></div>').firstElementChild!;
    document.body.append(p);
    const before = document.body.innerHTML;
    const journal = createDomJournal();
    journal.addClass(p, 'zhudu-x');
    journal.addClass(p, 'zhudu-x');
    journal.addClass(q, 'zhudu-y');
    journal.setAttribute(p, 'title', 'changed');
    journal.setAttribute(p, 'title', 'again');
    journal.setAttribute(q, 'data-zhudu-z', '1');
    expect(p.className).toBe('a b zhudu-x');
    journal.revert();
    expect(document.body.innerHTML).toBe(before);
    expect(q.hasAttribute('class')).toBe(false);
  });

  it('inserts our own nodes and removes them on revert', () => {
    const p = paragraph('<p>x</p>');
    const before = p.outerHTML;
    const journal = createDomJournal();
    const style = document.createElement('style');
    journal.insert(p, style);
    journal.insert(p, style);
    expect(p.querySelectorAll('style')).toHaveLength(1);
    journal.revert();
    expect(p.outerHTML).toBe(before);
  });

  it('prunes replacements the page threw away, so the log cannot grow forever', () => {
    const p = paragraph('<p>株洲</p>');
    const journal = createDomJournal();
    for (let i = 0; i < 100; i++) {
      journal.replaceText(p.firstChild as Text, [ruby('株洲')]);
      p.replaceChildren('株洲');
    }
    journal.replaceText(p.firstChild as Text, [ruby('株洲')]);
    expect(journal.size).toBe(101);
    journal.prune();
    expect(journal.size).toBe(1);
    journal.revert();
    expect(p.outerHTML).toBe('<p>株洲</p>');
  });
});

describe('DomJournal.revertSome', () => {
  it('undoes newest first in slices, and reports when everything is back', () => {
    const p = paragraph('<p>株洲市长</p>');
    const journal = createDomJournal();
    const style = document.createElement('style');
    journal.insert(p, style);
    for (let i = 0; i < 3; i++) p.append(`第${i}段`);
    const before = p.outerHTML;
    for (const node of [...p.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE)) {
      journal.replaceText(node, [ruby(node.data)]);
    }
    let budget = 2;
    expect(journal.revertSome(() => budget-- > 0)).toBe(false);
    expect(p.querySelectorAll('ruby')).toHaveLength(2);
    expect(journal.revertSome(() => true)).toBe(true);
    expect(p.outerHTML).toBe(before.replace('<style></style>', ''));
    expect(journal.size).toBe(0);
  });
});
