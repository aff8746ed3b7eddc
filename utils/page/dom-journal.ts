/**
 * The undo log of ZhuDu's writes to a page (aesthetics-anchors §4 rule 4). Every write goes through
 * it; `revert()` undoes them newest first and leaves the DOM byte-identical to what it was. The
 * very Text nodes we replaced go back, so the page's own references to them stay valid.
 *
 * Writes are idempotent: replacing a text node that is already replaced, inserting a node that is
 * already in, or adding a class the element has, does nothing.
 */
export interface DomJournal {
  /** Puts `nodes` where `original` is. False (and no write) when it is already replaced or detached. */
  replaceText(original: Text, nodes: readonly Node[]): boolean;
  /** The original text node whose replacement `node` is, or sits directly inside (a ruby's base text). */
  originalOf(node: Node): Text | undefined;
  isReplaced(original: Text): boolean;
  /** Undoes one replacement now, keeping what the page has written since (see `undoText`). */
  restoreText(original: Text): void;
  /** Inserts a node of ours, to be removed on revert. */
  insert(parent: Node, node: Node, before?: Node | null): void;
  setAttribute(element: Element, name: string, value: string): void;
  addClass(element: Element, name: string): void;
  /** Forgets replacements the page has since thrown away, so a page that rewrites itself forever cannot grow the log. */
  prune(): void;
  /** Undoes everything, newest first. The journal can be used again afterwards. */
  revert(): void;
  /**
   * Undoes newest first while `timeLeft()`; true once everything is undone. Taking a long article
   * back out costs ≈ 10 µs per ruby in Chromium (mostly removing nodes), so a huge one goes in slices.
   */
  revertSome(timeLeft: () => boolean): boolean;
  /** Writes that are still undoable. */
  readonly size: number;
}

interface TextEntry {
  kind: 'text';
  original: Text;
  /** The original's data when it was replaced: if it changed, the page wrote to its detached node. */
  data: string;
  parent: Node;
  nodes: readonly Node[];
  done: boolean;
}

interface InsertEntry {
  kind: 'insert';
  node: Node;
  parent: Node;
  done: boolean;
}

interface AttributeEntry {
  kind: 'attribute';
  element: Element;
  name: string;
  previous: string | null;
  done: boolean;
}

type Entry = TextEntry | InsertEntry | AttributeEntry;

/** The text a node of ours shows: a ruby's base, without its annotation. */
function shownText(node: Node): string {
  if (node.nodeType !== Node.ELEMENT_NODE) return node.textContent ?? '';
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeName !== 'RT' && child.nodeName !== 'RP') text += shownText(child);
  }
  return text;
}

/**
 * Puts the original back before the first of our nodes still in place, then removes ours. When the
 * page edited our nodes meanwhile, the original takes the text now shown; when it wrote to the
 * detached original (a ticker holding a reference), that text wins. If the page removed all our
 * nodes, the original stays out: the page deleted that text. An element of ours the page moved
 * elsewhere becomes plain text where the page put it (the original cannot be in two places).
 */
function undoText(entry: TextEntry): void {
  const { original, parent } = entry;
  for (const node of entry.nodes) {
    const at = node.parentNode;
    if (at && at !== parent && node.nodeType === Node.ELEMENT_NODE) {
      at.replaceChild(original.ownerDocument.createTextNode(shownText(node)), node);
    }
  }
  const remaining = entry.nodes.filter((node) => node.parentNode === parent);
  if (remaining.length > 0) {
    const shown = remaining.map(shownText).join('');
    if (original.data === entry.data && shown !== entry.data) original.data = shown;
    // A page that re-inserted its own node elsewhere keeps it there.
    if (!original.parentNode) parent.insertBefore(original, remaining[0]!);
    for (const node of remaining) parent.removeChild(node);
  }
}

function undo(entry: Entry): void {
  if (entry.done) return;
  entry.done = true;
  if (entry.kind === 'text') return undoText(entry);
  if (entry.kind === 'insert') {
    if (entry.node.parentNode === entry.parent) entry.parent.removeChild(entry.node);
    return;
  }
  if (entry.previous === null) entry.element.removeAttribute(entry.name);
  else entry.element.setAttribute(entry.name, entry.previous);
}

export function createDomJournal(): DomJournal {
  let entries: Entry[] = [];
  let texts = new Map<Text, TextEntry>();
  let inserted = new WeakMap<Node, TextEntry>();
  let attributes = new WeakMap<Element, Map<string, AttributeEntry>>();
  let live = 0;

  const finish = (entry: Entry) => {
    if (entry.done) return;
    undo(entry);
    live--;
    if (entry.kind === 'text') texts.delete(entry.original);
  };

  const revertSome = (timeLeft: () => boolean): boolean => {
    while (entries.length > 0) {
      if (!timeLeft()) return false;
      finish(entries.pop()!);
    }
    texts = new Map();
    inserted = new WeakMap();
    attributes = new WeakMap();
    live = 0;
    return true;
  };

  const recordAttribute = (element: Element, name: string) => {
    let byName = attributes.get(element);
    if (!byName) attributes.set(element, (byName = new Map()));
    const known = byName.get(name);
    if (known && !known.done) return;
    const entry: AttributeEntry = { kind: 'attribute', element, name, previous: element.getAttribute(name), done: false };
    byName.set(name, entry);
    entries.push(entry);
    live++;
  };

  return {
    replaceText(original, nodes) {
      const parent = original.parentNode;
      if (!parent || texts.has(original) || nodes.length === 0) return false;
      const fragment = original.ownerDocument.createDocumentFragment();
      fragment.append(...nodes);
      parent.replaceChild(fragment, original);
      const entry: TextEntry = { kind: 'text', original, data: original.data, parent, nodes: [...nodes], done: false };
      texts.set(original, entry);
      for (const node of nodes) inserted.set(node, entry);
      entries.push(entry);
      live++;
      return true;
    },
    originalOf(node) {
      const entry = inserted.get(node) ?? (node.parentNode ? inserted.get(node.parentNode) : undefined);
      return entry && !entry.done ? entry.original : undefined;
    },
    isReplaced(original) {
      return texts.has(original);
    },
    restoreText(original) {
      const entry = texts.get(original);
      if (entry) finish(entry);
    },
    insert(parent, node, before = null) {
      if (node.parentNode === parent) return;
      parent.insertBefore(node, before);
      entries.push({ kind: 'insert', node, parent, done: false });
      live++;
    },
    setAttribute(element, name, value) {
      if (element.getAttribute(name) === value) return;
      recordAttribute(element, name);
      element.setAttribute(name, value);
    },
    addClass(element, name) {
      if (element.classList.contains(name)) return;
      // The whole attribute is kept, not the class list: revert gives back its exact text, or no attribute.
      recordAttribute(element, 'class');
      element.classList.add(name);
    },
    prune() {
      for (const entry of texts.values()) {
        if (!entry.nodes.some((node) => node.isConnected)) {
          entry.done = true;
          texts.delete(entry.original);
          live--;
        }
      }
      entries = entries.filter((entry) => !entry.done);
    },
    revert() {
      revertSome(() => true);
    },
    revertSome,
    get size() {
      return live;
    },
  };
}
