/** A position inside a text node: the character at `offset` is the one under the pointer. */
export interface TextPoint {
  node: Text;
  offset: number;
}

type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/**
 * The character under the point (x, y) in viewport coordinates, or null when the point is not on a
 * glyph (margins, line ends, images).
 *
 * The caret APIs return the nearest caret *boundary*, which is after the character once the pointer
 * passes its middle; and on blank space they still return the closest text. Both are corrected by
 * checking that the point really lies in the character's own boxes.
 */
export function textPointAt(doc: Document, x: number, y: number): TextPoint | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  const node = caret.node as Text;
  for (const offset of [caret.offset, previousCharStart(node.data, caret.offset)]) {
    if (offset < 0 || offset >= node.data.length) continue;
    if (glyphContains(doc, node, offset, x, y)) return { node, offset };
  }
  return null;
}

/**
 * The text node nearest the point, without checking that the point is on one of its glyphs: where
 * the caret would go. Enough to find which paragraphs are on screen (blocks-in-view.ts).
 */
export function caretTextAt(doc: Document, x: number, y: number): Text | null {
  const caret = caretAt(doc as CaretDocument, x, y);
  return caret?.node.nodeType === Node.TEXT_NODE ? (caret.node as Text) : null;
}

function caretAt(doc: CaretDocument, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots: openShadowRootsAt(doc, x, y) });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** Open shadow roots under the point, nested ones included, so the caret can enter them. */
function openShadowRootsAt(doc: Document, x: number, y: number): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let scope: Document | ShadowRoot = doc;
  for (let depth = 0; depth < 8; depth++) {
    const root: ShadowRoot | null | undefined = scope.elementFromPoint(x, y)?.shadowRoot;
    if (!root || roots.includes(root)) break;
    roots.push(root);
    scope = root;
  }
  return roots;
}

function previousCharStart(text: string, offset: number): number {
  if (offset <= 0) return -1;
  const before = text.charCodeAt(offset - 1);
  const isLowSurrogate = before >= 0xdc00 && before <= 0xdfff;
  return isLowSurrogate && offset >= 2 ? offset - 2 : offset - 1;
}

function glyphContains(doc: Document, node: Text, offset: number, x: number, y: number): boolean {
  const code = node.data.charCodeAt(offset);
  const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
  const range = doc.createRange();
  range.setStart(node, offset);
  range.setEnd(node, Math.min(node.data.length, offset + (isHighSurrogate ? 2 : 1)));
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
