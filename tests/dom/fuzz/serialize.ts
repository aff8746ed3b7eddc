import { RUBY_CLASS } from '@/utils/dom-labels';

export interface SerializeOptions {
  /** Shadow roots to include (closed ones are only known to whoever attached them). */
  shadows?: ReadonlyMap<Element, ShadowRoot>;
  /** Writes ZhuDu's rubies as their base text alone: what the page's own text looks like under them. */
  withoutOurRuby?: boolean;
  /** Joins adjacent text nodes, as outerHTML does; otherwise each text node is quoted on its own. */
  mergeText?: boolean;
}

function isOurRuby(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === 'ruby' && (node as Element).classList.contains(RUBY_CLASS);
}

/**
 * A stricter outerHTML: shadow roots and template contents included, and (unless `mergeText`) the
 * boundaries between text nodes kept, so "identical" also means the same text nodes.
 */
export function serialize(root: Node, options: SerializeOptions = {}): string {
  const out: string[] = [];
  let pending: string | null = null;
  const flush = () => {
    if (pending !== null) out.push(JSON.stringify(pending));
    pending = null;
  };
  const addText = (data: string) => {
    if (options.mergeText) pending = (pending ?? '') + data;
    else {
      flush();
      out.push(JSON.stringify(data));
    }
  };
  const baseText = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) addText((child as Text).data);
      else if ((child as Element).localName !== 'rt' && (child as Element).localName !== 'rp') baseText(child);
    }
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) return addText((node as Text).data);
    if (options.withoutOurRuby && isOurRuby(node)) return baseText(node);
    flush();
    if (node.nodeType === Node.COMMENT_NODE) return void out.push(`<!--${(node as Comment).data}-->`);
    if (node.nodeType !== Node.ELEMENT_NODE) return void out.push(`<?${node.nodeName}>`);
    const element = node as Element;
    const attrs = element.getAttributeNames().map((name) => ` ${name}=${JSON.stringify(element.getAttribute(name))}`);
    out.push(`<${element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : `${element.namespaceURI}:`}${element.localName}${attrs.join('')}>`);
    const shadow = options.shadows?.get(element) ?? element.shadowRoot;
    if (shadow) {
      out.push(`<#shadow ${shadow.mode}>`);
      for (let child = shadow.firstChild; child; child = child.nextSibling) visit(child);
      flush();
      out.push('</#shadow>');
    }
    const parent = element.localName === 'template' ? (element as HTMLTemplateElement).content : element;
    for (let child = parent.firstChild; child; child = child.nextSibling) visit(child);
    flush();
    out.push(`</${element.localName}>`);
  };
  visit(root);
  flush();
  return out.join('');
}

/** The whole document as the page sees it, with the style sheets ZhuDu could have adopted. */
export function serializeDocument(doc: Document, options: SerializeOptions = {}): string {
  return `${serialize(doc.documentElement, options)}\n[adopted ${doc.adoptedStyleSheets.length}]`;
}
