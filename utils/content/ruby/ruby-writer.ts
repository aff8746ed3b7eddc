import { RUBY_CLASS } from '../../dom-labels';
import type { DomJournal } from '../../page/dom-journal';
import type { RubyOptions } from '../../page/ruby';

/**
 * Ruby's writes to the page, and how it gives them back. Every write goes through the journal. A
 * page that keeps writing to its text (a ticker) is heard and handed its text back, and that text
 * stays plain for as long as ruby mode runs: annotating it again would make it flicker.
 */
export interface RubyWriter {
  journal: RubyOptions['journal'];
  /** Text nodes ruby leaves alone: the page writes to them. */
  skip(node: Text): boolean;
  /** The page wrote to one of its annotated nodes, or into a sentinel: its text goes back and stays plain. Returns that node. */
  handBack(target: Node): Text | undefined;
  /** Gives the page back its own text nodes for our rubies in or at `root`. */
  takeBack(root: Node): void;
  /** Elements written since the last reset (the runner bounds what one frame lays out). */
  written(): number;
  resetCount(): void;
}

export function createRubyWriter(doc: Document, journal: DomJournal, observe: (node: Text) => void): RubyWriter {
  const live = new WeakSet<Text>();
  /**
   * Empty text nodes put first where an annotated node was its parent's first child, by original:
   * a page that writes `el.firstChild.nodeValue` (a ticker holding the element) writes into one, and
   * is heard, instead of writing into a ruby element, where the write would be lost.
   */
  const sentinels = new WeakMap<Text, Text>();
  let written = 0;

  return {
    journal: {
      replaceText(original, nodes) {
        const sentinel = original.parentNode?.firstChild === original ? doc.createTextNode('') : null;
        if (!journal.replaceText(original, sentinel ? [sentinel, ...nodes] : nodes)) return false;
        for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE) written++;
        // A page may keep writing to a text node it holds (a ticker): hear it although the node is out.
        observe(original);
        if (sentinel) {
          sentinels.set(sentinel, original);
          observe(sentinel);
        }
        return true;
      },
    },
    skip: (node) => live.has(node),
    handBack(target) {
      const fromSentinel = target.nodeType === Node.TEXT_NODE ? sentinels.get(target as Text) : undefined;
      if (fromSentinel) {
        const text = (target as Text).data;
        (target as Text).remove();
        fromSentinel.data = text;
        journal.restoreText(fromSentinel);
        live.add(fromSentinel);
        return fromSentinel;
      }
      const original = target.nodeType === Node.TEXT_NODE && journal.isReplaced(target as Text) ? (target as Text) : journal.originalOf(target);
      if (!original) return undefined;
      journal.restoreText(original);
      live.add(original);
      return original;
    },
    takeBack(root) {
      if (root.nodeType !== Node.ELEMENT_NODE) return;
      const element = root as Element;
      const ours = element.matches(`ruby.${RUBY_CLASS}`) ? [element] : element.querySelectorAll(`ruby.${RUBY_CLASS}`);
      for (const ruby of ours) {
        const original = journal.originalOf(ruby);
        if (original) journal.restoreText(original);
      }
    },
    written: () => written,
    resetCount: () => (written = 0),
  };
}
