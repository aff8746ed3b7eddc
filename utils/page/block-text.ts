import { composedParent } from './composed';

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

/** Text that is not prose of the page: annotations over it, code, form values. */
const SKIPPED_TAGS = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'INPUT', 'SELECT', 'TEMPLATE']);

/** The prose around one text node: the flat text of its block, and where each text node sits in it. */
export interface BlockText {
  /** The block element (or shadow root) the text was read from. */
  root: Node;
  text: string;
  /** Offset in `text` of the text node the block was built for. */
  offsetOf(node: Text): number;
  /** A DOM range over [start, end) of `text`, across inline element boundaries. */
  rangeOf(start: number, end: number): Range;
}

export function isSkippedText(node: Text): boolean {
  for (let at = composedParent(node); at; at = composedParent(at)) {
    if (at.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((at as Element).tagName.toUpperCase())) return true;
    if (at.nodeType !== Node.ELEMENT_NODE) break;
  }
  return false;
}

/** The paragraph-like element (or shadow root) whose prose a node belongs to. */
export function blockOf(node: Node): Node {
  let at: Node = node;
  for (let parent = at.parentNode; parent; parent = at.parentNode) {
    if (parent.nodeType !== Node.ELEMENT_NODE) return parent; // a shadow root or the document
    if (BLOCK_TAGS.has((parent as Element).tagName.toUpperCase())) return parent;
    at = parent;
  }
  return at;
}

/**
 * Joins the text nodes of `node`'s block into one string, so that a word or sentence split across
 * <strong>, <span> or <a> reads as one. Nested blocks are left out (they are prose of their own),
 * <br> becomes a line break, and <rt>/<rp> are skipped so text already under ruby reads cleanly.
 */
export function blockTextOf(node: Text): BlockText {
  const block = blockOf(node);
  const doc = node.ownerDocument;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode(candidate) {
      if (candidate.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const tag = (candidate as Element).tagName.toUpperCase();
      if (SKIPPED_TAGS.has(tag) || BLOCK_TAGS.has(tag)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let at = walker.nextNode(); at; at = walker.nextNode()) {
    if (at.nodeType === Node.ELEMENT_NODE) {
      if ((at as Element).tagName.toUpperCase() === 'BR') text += '\n';
      continue;
    }
    nodes.push(at as Text);
    starts.push(text.length);
    text += (at as Text).data;
  }
  const locate = (offset: number, preferEnd: boolean): [Text, number] => {
    // Binary search for the node holding `offset`; at a boundary, an end prefers the earlier node.
    let low = 0;
    let high = nodes.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      const start = starts[mid]!;
      if (start < offset || (!preferEnd && start === offset)) low = mid;
      else high = mid - 1;
    }
    return [nodes[low]!, offset - starts[low]!];
  };
  return {
    root: block,
    text,
    offsetOf(target) {
      const index = nodes.indexOf(target);
      return index < 0 ? -1 : starts[index]!;
    },
    rangeOf(start, end) {
      const range = doc.createRange();
      const [startNode, startOffset] = locate(start, false);
      const [endNode, endOffset] = locate(end, true);
      // Clamped both ways: an offset in a run of <br> before the first text node would be negative (browsers throw).
      range.setStart(startNode, Math.max(0, Math.min(startOffset, startNode.data.length)));
      range.setEnd(endNode, Math.max(0, Math.min(endOffset, endNode.data.length)));
      return range;
    },
  };
}
