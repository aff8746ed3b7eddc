import { ELEMENT_NODE, DOCUMENT_FRAGMENT_NODE } from './dom-constants';
/** Parent across shadow boundaries: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) {
    const parent = node.parentNode;
    return parent.nodeType === DOCUMENT_FRAGMENT_NODE && (parent as ShadowRoot).host
      ? (parent as ShadowRoot).host
      : parent;
  }
  return null;
}

/** `ancestor.contains(node)`, but also true when node sits in a shadow tree inside ancestor. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at === ancestor) return true;
  }
  return false;
}

/** Nearest composed ancestor element (the node itself included) that matches the selector. */
export function composedClosest(node: Node, selector: string): Element | null {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at.nodeType === ELEMENT_NODE && (at as Element).matches(selector)) return at as Element;
  }
  return null;
}
