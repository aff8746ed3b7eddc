import { describe, expect, it } from 'vitest';
import { blockTextOf, blocksAfter, isProse } from '@/utils/page/prose';

function paragraph(html: string): HTMLElement {
  // Test input is a constant written here, not page data.
  const template = document.createElement('template');
  template.innerHTML = html;
  document.body.replaceChildren(template.content);
  return document.body.firstElementChild as HTMLElement;
}

function textNodes(root: Node): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

describe('blockTextOf', () => {
  it('joins a paragraph across inline elements and maps offsets back to nodes', () => {
    const p = paragraph('<p>　　2月8日，<strong>市</strong><span>长</span>陈恢清<a href="#">主持</a>召开会议。</p>');
    const nodes = textNodes(p);
    const block = blockTextOf(nodes[2]!);
    expect(block.text).toBe('　　2月8日，市长陈恢清主持召开会议。');
    expect(block.offsetOf(nodes[2]!)).toBe(block.text.indexOf('长'));
    const range = block.rangeOf(block.text.indexOf('市长'), block.text.indexOf('市长') + 2);
    expect(range.toString()).toBe('市长');
    expect(range.startContainer).toBe(nodes[1]);
    expect(range.endContainer).toBe(nodes[2]);
  });

  it('leaves nested blocks, ruby annotations and form fields out, and turns <br> into a line break', () => {
    const div = paragraph('<div>第一行<br>第二<ruby>行<rt>háng</rt></ruby><p>嵌套段落</p><textarea>输入</textarea>尾</div>');
    const block = blockTextOf(textNodes(div)[0]!);
    expect(block.text).toBe('第一行\n第二行尾');
  });

  it('marks text under rt, rp, textarea and script as not prose', () => {
    const div = paragraph('<div><ruby>株<rp>(</rp><rt>zhū</rt><rp>)</rp></ruby><script>var a="中"</script></div>');
    const [base, open, rt, close, script] = textNodes(div);
    expect(isProse(base!)).toBe(true);
    for (const node of [open, rt, close, script]) expect(isProse(node!)).toBe(false);
  });

  it('reads inside a shadow root, stopping at its boundary', () => {
    const host = paragraph('<div>外面</div>');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append('影子里的文字');
    expect(blockTextOf(shadow.firstChild as Text).text).toBe('影子里的文字');
  });
});

describe('blocksAfter', () => {
  it('gives the next prose paragraphs in document order, skipping empty and off-limits ones, within the region', () => {
    const article = paragraph('<article><p>第一段。</p><p> </p><div><textarea>输入</textarea></div><p>第二段<b>加粗</b>。</p><p>第三段。</p><p>第四段。</p></article>');
    const [first] = textNodes(article);
    const next = blocksAfter(blockTextOf(first!), article, 2);
    expect(next.map((block) => block.text)).toEqual(['第二段加粗。', '第三段。']);
    expect(blocksAfter(blockTextOf(first!), article, 5, (node) => !node.data.includes('三')).map((block) => block.text)).toEqual(['第二段加粗。', '第四段。']);
    const last = textNodes(article).at(-1)!;
    expect(blocksAfter(blockTextOf(last), article, 2)).toEqual([]);
  });
});

