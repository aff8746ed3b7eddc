import { buildNode, type BuiltPage } from './build';
import { inline } from './generate';
import type { NodeModel } from './model';
import type { Rng } from './prng';
import { smallerList, smallerNodes } from './shrink';
import { sentence } from './text';

/**
 * What a page's own script does to its DOM: it holds the nodes it made (by index into
 * BuiltPage.nodes, so a storm replays the same on a copy of the page) and changes them.
 * Targets are drawn as raw numbers and taken modulo the candidates when applied.
 */
export type Op =
  /** Writes to a text node it holds, even one ZhuDu has taken out of the tree (a ticker). */
  | { op: 'setData'; target: number; data: string }
  /** Rewrites every text node under an element, character by character (a 简繁 converter). */
  | { op: 'mapChars'; target: number }
  | { op: 'append'; target: number; node: NodeModel }
  | { op: 'insertBefore'; target: number; ref: number; node: NodeModel }
  | { op: 'remove'; target: number }
  | { op: 'setText'; target: number; data: string }
  | { op: 'setAttr'; target: number; name: string; value: string | null }
  | { op: 'move'; target: number; to: number };

export type OpKind = Op['op'];

const CHAR_MAP: Record<string, string> = { 长: '長', 会: '會', 发: '發', 国: '國', 市: '巿', '。': '．', a: 'A' };
const ATTRS: [string, string | null][] = [
  ['class', 'article-content'], ['class', 'nav'], ['class', null], ['contenteditable', 'true'], ['contenteditable', null],
  ['hidden', ''], ['id', 'Title'], ['lang', 'en'], ['style', 'display:none'],
];

export function generateStorm(rng: Rng, kinds: readonly OpKind[], length = rng.int(1, 12)): Op[] {
  const any = () => rng.int(0, 1e6);
  const newNode = (): NodeModel => (rng.chance(0.5) ? { kind: 'text', data: sentence(rng, 5) } : { kind: 'element', tag: rng.pick(['p', 'span', 'strong', 'div']), attrs: [], children: inline({ rng, budget: 6 }, 3) });
  return Array.from({ length }, (): Op => {
    const kind = rng.pick(kinds);
    switch (kind) {
      case 'setData': return { op: kind, target: any(), data: rng.chance(0.2) ? '' : sentence(rng, 5) };
      case 'mapChars': return { op: kind, target: any() };
      case 'append': return { op: kind, target: any(), node: newNode() };
      case 'insertBefore': return { op: kind, target: any(), ref: any(), node: newNode() };
      case 'remove': return { op: kind, target: any() };
      case 'setText': return { op: kind, target: any(), data: sentence(rng, 4) };
      case 'setAttr': {
        const [name, value] = rng.pick(ATTRS);
        return { op: kind, target: any(), name, value };
      }
      case 'move': return { op: kind, target: any(), to: any() };
    }
  });
}

/** Whether `node` is `ancestor` or inside it, shadow trees included: moving a host into its own shadow tree is a cycle. */
function composedContains(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode ?? (at as ShadowRoot).host ?? null) if (at === ancestor) return true;
  return false;
}

function textsUnder(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n as Text);
  return found;
}

/** Applies one step to `page`. Node lists depend only on what the page made, so both copies pick the same nodes. */
export function applyOp(page: BuiltPage, op: Op): void {
  const { doc, nodes } = page;
  const elements = nodes.filter((n): n is Element => n.nodeType === Node.ELEMENT_NODE);
  const texts = nodes.filter((n): n is Text => n.nodeType === Node.TEXT_NODE);
  const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
  const mine = new Set(nodes);
  switch (op.op) {
    case 'setData': {
      const text = pick(texts, op.target);
      if (text) text.data = op.data;
      return;
    }
    case 'mapChars': {
      const target = pick(elements, op.target);
      if (!target) return;
      for (const text of textsUnder(target)) {
        const mapped = text.data.replace(/[长会发国市。a]/g, (ch) => CHAR_MAP[ch]!);
        if (mapped !== text.data) text.data = mapped;
      }
      return;
    }
    case 'append':
    case 'insertBefore': {
      const target = pick(elements, op.target);
      if (!target || target.localName === 'template') return;
      // Only the page's own element children are references it could hold.
      const refs = [...target.children].filter((child) => mine.has(child));
      const ref = op.op === 'insertBefore' ? (pick(refs, op.ref) ?? null) : null;
      target.insertBefore(buildNode(doc, op.node, page), ref);
      return;
    }
    case 'remove':
      pick(elements, op.target)?.remove();
      return;
    case 'setText': {
      const target = pick(elements, op.target);
      if (target) target.textContent = op.data;
      if (target) page.nodes.push(...textsUnder(target)); // the page may hold the new text node too
      return;
    }
    case 'setAttr': {
      const target = pick(elements, op.target);
      if (!target) return;
      if (op.value === null) target.removeAttribute(op.name);
      else target.setAttribute(op.name, op.value);
      return;
    }
    case 'move': {
      const target = pick(elements, op.target);
      const to = pick(elements, op.to);
      if (target && to && !composedContains(target, to) && to.localName !== 'template') to.append(target);
    }
  }
}

export function printStorm(ops: readonly Op[]): string {
  return ops.map((op, i) => `${i + 1}. ${JSON.stringify(op)}`).join('\n');
}

/** Smaller storms: fewer steps, then smaller nodes inserted by a step. */
export function* smallerStorm(ops: readonly Op[]): Generator<Op[]> {
  yield* smallerList(ops);
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.op !== 'append' && op.op !== 'insertBefore') continue;
    for (const nodes of smallerNodes([op.node])) {
      if (nodes.length === 1) yield [...ops.slice(0, i), { ...op, node: nodes[0]! }, ...ops.slice(i + 1)];
    }
  }
}
