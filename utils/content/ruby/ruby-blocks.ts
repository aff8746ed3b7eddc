import { CHROME_SELECTOR } from '../../page/locate-article';
import type { NearbyBlocks } from '../../page/nearby-blocks';
import { BLOCK_SELECTOR, BLOCK_TAGS } from '../../page/prose';

/**
 * The article's blocks as ruby mode sees them: which region and block a node belongs to, which
 * blocks are watched for coming near the viewport, and the queues of blocks to annotate (those in
 * view first).
 */
export interface RubyBlocks {
  /** Finds the regions again (the page may have replaced them) and watches the new ones' blocks. */
  refresh(): void;
  /** Watches the blocks at and under `root` (an element the page added). */
  watch(root: Element): void;
  /** Queues again the block that owns `node`, if it came near once (the page changed it). */
  requeue(node: Node): void;
  /** Queues again every block at and under `root` that came near once. */
  requeueUnder(root: Element): void;
  /** Queues a block that came near the viewport. */
  add(block: Element, inView: boolean): void;
  /** The next block to annotate, those in view first. */
  next(): Element | undefined;
  pending(): boolean;
  clear(): void;
}

export function createRubyBlocks(regionsNow: () => Element[], nearby: () => NearbyBlocks): RubyBlocks {
  const regions = new Set<Element>();
  const inView = new Set<Element>();
  const later = new Set<Element>();

  /** The block that owns a node's text: its nearest paragraph-like ancestor, or the region. Null outside the regions. */
  const blockOf = (node: Node): Element | null => {
    let block: Element | null = null;
    for (let at = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; at; at = at.parentElement) {
      if (regions.has(at)) return block ?? at;
      if (!block && BLOCK_TAGS.has(at.tagName.toUpperCase())) block = at;
    }
    return null;
  };
  const regionOf = (node: Element): Element | null => {
    for (let at: Element | null = node; at; at = at.parentElement) if (regions.has(at)) return at;
    return null;
  };
  /** Navigation and footers inside a region (the whole-body fallback) get no ruby. */
  const isChrome = (block: Element, region: Element) => {
    const chrome = block.closest(CHROME_SELECTOR);
    return chrome !== null && chrome !== region && region.contains(chrome);
  };
  const watch = (root: Element) => {
    const region = regionOf(root);
    if (!region) return;
    const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)];
    if (root === region || BLOCK_TAGS.has(root.tagName.toUpperCase())) blocks.unshift(root);
    nearby().watch(blocks.filter((block) => !isChrome(block, region)));
  };

  return {
    refresh() {
      for (const region of regions) if (!region.isConnected) regions.delete(region);
      for (const region of regionsNow()) {
        if (regions.has(region)) continue;
        regions.add(region);
        watch(region);
      }
    },
    watch,
    requeue(node) {
      const block = blockOf(node);
      // Blocks that came near once are kept annotated; the others will be when they come near.
      if (block && nearby().isSeen(block)) later.add(block);
    },
    requeueUnder(root) {
      for (const block of [root, ...root.querySelectorAll(BLOCK_SELECTOR)]) if (nearby().isSeen(block)) later.add(block);
    },
    add: (block, visible) => void (visible ? inView : later).add(block),
    next() {
      for (const queue of [inView, later]) {
        for (const block of queue) {
          queue.delete(block);
          if (block.isConnected) return block;
        }
      }
      return undefined;
    },
    pending: () => inView.size + later.size > 0,
    clear() {
      inView.clear();
      later.clear();
    },
  };
}
