/**
 * A second, independent reading of a block's flat text, written from the rules as prose.ts states
 * them (not from its code): the fuzz checks blockTextOf and the article's blocks against it.
 */
const BLOCKS = new Set(
  ('address article aside blockquote body caption dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 ' +
    'h4 h5 h6 header html legend li main nav ol p pre section summary table tbody td tfoot th thead tr ul').split(' '),
);
const SKIPPED = new Set('rt rp script style noscript textarea input select template option button iframe object canvas video audio'.split(' '));

/** Never read: a skipped tag, anything not HTML (SVG, MathML), an editable area, ZhuDu's own elements. */
export function isSkippedElement(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return (
    SKIPPED.has(tagOf(element)) ||
    element.namespaceURI !== 'http://www.w3.org/1999/xhtml' ||
    (editable !== null && editable !== 'false') ||
    tagOf(element).startsWith('zhudu-') ||
    element.hasAttribute('data-zhudu-ui')
  );
}

const tagOf = (node: Node) => (node as Element).tagName.toLowerCase();
const isElement = (node: Node): node is Element => node.nodeType === Node.ELEMENT_NODE;

/** The node a text node's prose belongs to: its nearest block ancestor, else its tree's root (a shadow root, the document). */
export function blockRootOf(node: Node): Node {
  let at = node;
  while (at.parentNode) {
    const parent = at.parentNode;
    if (!isElement(parent) || BLOCKS.has(tagOf(parent))) return parent;
    at = parent;
  }
  return at;
}

export interface Flat {
  text: string;
  /** Start of each text node that is part of the prose. */
  starts: Map<Text, number>;
  /** Offsets in `text` of the line breaks that stand for a <br>, not for a character of the page. */
  breaks: Set<number>;
}

export function flatten(root: Node): Flat {
  const flat: Flat = { text: '', starts: new Map(), breaks: new Set() };
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        flat.starts.set(child as Text, flat.text.length);
        flat.text += (child as Text).data;
      } else if (isElement(child)) {
        const tag = tagOf(child);
        if (tag === 'br') {
          flat.breaks.add(flat.text.length);
          flat.text += '\n';
        } else if (!isSkippedElement(child) && !BLOCKS.has(tag)) visit(child);
      }
    }
  };
  visit(root);
  return flat;
}

/** Every text node a reader could see: the document's and its shadow roots' (not template contents). */
export function renderedTextNodes(root: Node, shadows: ReadonlyMap<Element, ShadowRoot>): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) found.push(node as Text);
    if (isElement(node)) {
      const shadow = shadows.get(node) ?? node.shadowRoot;
      if (shadow) visit(shadow);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Every text node under `root` in document order, whatever it is (prose or not), shadow trees left out. */
export function allTextNodes(root: Node): Text[] {
  const found: Text[] = [];
  const visit = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) found.push(child as Text);
      else visit(child);
    }
  };
  visit(root);
  return found;
}
