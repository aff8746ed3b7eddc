import { blockTextOf, isSkippedText, type BlockText } from './block-text';

/**
 * The prose blocks of the article regions, each with its flat text, in document order. Built by
 * one walk over the regions' text nodes; a block is the nearest paragraph-like ancestor, so a
 * sentence cut by <strong> or <a> stays one string.
 */
export function articleBlocks(regions: readonly Element[]): BlockText[] {
  const blocks: BlockText[] = [];
  const seen = new Set<Node>();
  for (const region of regions) {
    const walker = region.ownerDocument.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!/\S/.test(node.data) || isSkippedText(node)) continue;
      const block = blockTextOf(node);
      if (seen.has(block.root)) continue;
      seen.add(block.root);
      blocks.push(block);
    }
  }
  return blocks;
}
