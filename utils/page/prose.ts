import { ELEMENT_NODE, TEXT_NODE, SHOW_ELEMENT, SHOW_TEXT, FILTER_ACCEPT, FILTER_REJECT } from './dom-constants';
import { PREFIX, UI_ATTRIBUTE } from '../dom-labels';
import { composedParent } from './composed';

/**
 * What counts as the article's readable text, for every part of ZhuDu that reads it: the hover card,
 * glossary marks, ruby mode and the summary's extraction. One skip policy, so that ruby shows the
 * words the card shows and the summary reads what the reader sees.
 */

/**
 * Elements that end a run of prose. Decided by tag, not computed style: hover must stay cheap, and a
 * page that restyles its <span>s as blocks still writes its sentences inside one paragraph.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HTML', 'LEGEND', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

export const BLOCK_SELECTOR = [...BLOCK_TAGS].join(',');

/** Text that is not prose of the page: annotations over it, code, form controls and what they hold, embedded content. */
const OFF_LIMITS_TAGS: ReadonlySet<string> = new Set([
  'RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO',
]);
const HTML_NS = 'http://www.w3.org/1999/xhtml';
const OWN_TAG_PREFIX = `${PREFIX.toUpperCase()}-`;

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value !== 'false';
}

/** Elements whose whole subtree is never read nor written: skipped tags, SVG/MathML, editable areas, ZhuDu's own UI. */
export function isOffLimits(element: Element): boolean {
  const tag = element.tagName.toUpperCase();
  return (
    OFF_LIMITS_TAGS.has(tag) ||
    element.namespaceURI !== HTML_NS ||
    isEditable(element) ||
    tag.startsWith(OWN_TAG_PREFIX) ||
    element.hasAttribute(UI_ATTRIBUTE)
  );
}

/** Whether a text node is prose of the page: no off-limits element above it, across shadow roots; not in a page in design mode. */
export function isProse(node: Text): boolean {
  if (node.ownerDocument.designMode === 'on') return false;
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (at.nodeType !== ELEMENT_NODE) break;
    if (isOffLimits(at as Element)) return false;
  }
  return true;
}

/** The paragraph-like element (or shadow root, or document) whose prose a node belongs to. */
export function blockOf(node: Node): Node {
  let at: Node = node;
  for (let parent = at.parentNode; parent; parent = at.parentNode) {
    if (parent.nodeType !== ELEMENT_NODE) return parent; // a shadow root or the document
    if (BLOCK_TAGS.has((parent as Element).tagName.toUpperCase())) return parent;
    at = parent;
  }
  return at;
}

/** The prose of one block: its flat text, and where each of its text nodes sits in it. */
export interface BlockText {
  /** The block element (or shadow root) the text was read from. */
  root: Node;
  text: string;
  /** The text nodes of the prose, in order, each with its start in `text`. */
  nodes: readonly { node: Text; start: number }[];
  /** Offset in `text` of one of its text nodes; -1 for a node that is not part of it. */
  offsetOf(node: Text): number;
  /** A DOM range over [start, end) of `text`, across inline element boundaries. */
  rangeOf(start: number, end: number): Range;
  /**
   * The same as a StaticRange: the browser does not keep it up to date as the page changes, so
   * thousands of them (a long article's marks) cost nothing on each DOM write.
   */
  staticRangeOf(start: number, end: number): AbstractRange;
}

/**
 * Joins the text nodes of a block into one string, so that a word or sentence split across
 * <strong>, <span> or <a> reads as one. Nested blocks are left out (they are prose of their own),
 * <br> becomes a line break, and off-limits elements are skipped (so text already under ruby
 * reads cleanly).
 */
export function proseOf(block: Node): BlockText {
  const doc = block.ownerDocument ?? (block as Document);
  const nodes: { node: Text; start: number }[] = [];
  let text = '';
  const walker = doc.createTreeWalker(block, SHOW_TEXT | SHOW_ELEMENT, {
    acceptNode(candidate) {
      if (candidate.nodeType === TEXT_NODE) return FILTER_ACCEPT;
      const element = candidate as Element;
      if (isOffLimits(element) || BLOCK_TAGS.has(element.tagName.toUpperCase())) return FILTER_REJECT;
      return FILTER_ACCEPT;
    },
  });
  for (let at = walker.nextNode(); at; at = walker.nextNode()) {
    if (at.nodeType === ELEMENT_NODE) {
      if ((at as Element).tagName.toUpperCase() === 'BR') text += '\n';
      continue;
    }
    nodes.push({ node: at as Text, start: text.length });
    text += (at as Text).data;
  }
  const locate = (offset: number, preferEnd: boolean): [Text, number] => {
    // Binary search for the node holding `offset`; at a boundary, an end prefers the earlier node.
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = nodes[mid]!.start;
      if (start < offset || (!preferEnd && start === offset)) low = mid;
      else high = mid - 1;
    }
    return [nodes[low]!.node, offset - nodes[low]!.start];
  };
  const bounds = (start: number, end: number) => {
    const [startNode, startOffset] = locate(start, false);
    const [endNode, endOffset] = locate(end, true);
    // Clamped both ways: an offset in a run of <br> before the first text node would be negative (browsers throw).
    return {
      startContainer: startNode,
      startOffset: Math.max(0, Math.min(startOffset, startNode.data.length)),
      endContainer: endNode,
      endOffset: Math.max(0, Math.min(endOffset, endNode.data.length)),
    };
  };
  return {
    root: block,
    text,
    nodes,
    offsetOf(target) {
      const found = nodes.find((entry) => entry.node === target);
      return found ? found.start : -1;
    },
    rangeOf(start, end) {
      const range = doc.createRange();
      const b = bounds(start, end);
      range.setStart(b.startContainer, b.startOffset);
      range.setEnd(b.endContainer, b.endOffset);
      return range;
    },
    staticRangeOf(start, end) {
      const StaticRangeOf = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
      // Where there is none (happy-dom), a live range does the same job.
      return StaticRangeOf ? new StaticRangeOf(bounds(start, end)) : this.rangeOf(start, end);
    },
  };
}

/** The prose around one text node: its block's. */
export function blockTextOf(node: Text): BlockText {
  return proseOf(blockOf(node));
}

/**
 * The prose blocks of the article regions, each with its flat text, in document order, one at a
 * time (for work spread over several tasks on long pages). A block is the nearest paragraph-like
 * ancestor of prose text, so a sentence cut by <strong> or <a> stays one string.
 */
export function* eachProseBlock(regions: readonly Element[]): Generator<BlockText, void, undefined> {
  // Blocks are found first: reading a block's text for every one of its nodes would be quadratic
  // (ruby turns a paragraph's few text nodes into dozens).
  for (const root of eachBlockRoot(regions)) yield proseOf(root);
}

/** The roots of the article's prose blocks, in document order, without reading their text. */
export function* eachBlockRoot(regions: readonly Element[]): Generator<Node, void, undefined> {
  const seen = new Set<Node>();
  for (const region of regions) {
    const walker = region.ownerDocument.createTreeWalker(region, SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!/\S/.test(node.data) || !isProse(node)) continue;
      const root = blockOf(node);
      if (seen.has(root)) continue;
      seen.add(root);
      yield root;
    }
  }
}

/**
 * Up to `count` prose blocks after `block` in document order, within `region`: the paragraphs a
 * reader goes on to. Walks at most `maxNodes` text nodes, so it stays cheap on any page.
 */
export function blocksAfter(block: BlockText, region: Node, count: number, accept: (node: Text) => boolean = () => true, maxNodes = 200): BlockText[] {
  const last = block.nodes.at(-1)?.node;
  if (!last || !region.contains(last)) return [];
  const walker = (region.ownerDocument ?? (region as Document)).createTreeWalker(region, SHOW_TEXT);
  walker.currentNode = last;
  const found: BlockText[] = [];
  const seen = new Set<Node>([block.root]);
  for (let n = 0, node = walker.nextNode() as Text | null; node && n < maxNodes && found.length < count; n++, node = walker.nextNode() as Text | null) {
    if (!/\S/.test(node.data) || !isProse(node) || !accept(node)) continue;
    const root = blockOf(node);
    if (seen.has(root)) continue;
    seen.add(root);
    found.push(proseOf(root));
  }
  return found;
}

export function proseBlocks(regions: readonly Element[]): BlockText[] {
  return [...eachProseBlock(regions)];
}
