/**
 * Pages as plain data. The generator draws a model, `build` turns it into DOM, and the shrinker
 * cuts the model down when a property fails, so a failure is reported as a small readable page.
 */
export type NodeModel = TextModel | CommentModel | ElementModel;

export interface TextModel {
  kind: 'text';
  data: string;
}

export interface CommentModel {
  kind: 'comment';
  data: string;
}

export interface ElementModel {
  kind: 'element';
  tag: string;
  ns?: 'svg' | 'math';
  attrs: [string, string][];
  children: NodeModel[];
  /** A shadow root attached by the page's script, with its own children. */
  shadow?: { mode: 'open' | 'closed'; children: NodeModel[] };
}

export interface PageModel {
  url: string;
  body: NodeModel[];
}

export const text = (data: string): TextModel => ({ kind: 'text', data });

export function el(tag: string, children: NodeModel[] = [], attrs: [string, string][] = []): ElementModel {
  return { kind: 'element', tag, attrs, children };
}

export function countNodes(nodes: readonly NodeModel[]): number {
  let n = 0;
  for (const node of nodes) {
    n++;
    if (node.kind === 'element') n += countNodes(node.children) + (node.shadow ? countNodes(node.shadow.children) : 0);
  }
  return n;
}

/** Invisible and odd characters written as escapes, so a failure report can be read and retyped. */
function escapeText(data: string): string {
  return data.replace(/[<&]|[\u0000-\u001f\u00a0\u00ad\u200b-\u200d\u2060\u3000\ufeff]|[\ud800-\udfff]/gu, (ch) =>
    ch === '<' ? '&lt;' : ch === '&' ? '&amp;' : `\\u{${ch.codePointAt(0)!.toString(16)}}`,
  );
}

const VOID = new Set(['br', 'wbr', 'img', 'input', 'hr']);

/**
 * The model as HTML, shadow roots written as declarative `<template shadowrootmode>`; `|` separates
 * adjacent text nodes and `∅` is an empty one.
 */
export function printNodes(nodes: readonly NodeModel[]): string {
  let out = '';
  let lastWasText = false;
  for (const node of nodes) {
    if (node.kind === 'text') {
      out += (lastWasText ? '|' : '') + (node.data ? escapeText(node.data) : '∅');
      lastWasText = true;
      continue;
    }
    lastWasText = false;
    if (node.kind === 'comment') {
      out += `<!--${escapeText(node.data)}-->`;
      continue;
    }
    const attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeText(value).replace(/"/g, '&quot;')}"`).join('');
    out += `<${node.tag}${attrs}>`;
    if (VOID.has(node.tag)) continue;
    if (node.shadow) out += `<template shadowrootmode="${node.shadow.mode}">${printNodes(node.shadow.children)}</template>`;
    out += `${printNodes(node.children)}</${node.tag}>`;
  }
  return out;
}

export function printPage(page: PageModel): string {
  return `${page.url}\n<body>${printNodes(page.body)}</body>\n(| separates adjacent text nodes, ∅ is an empty text node)`;
}
