import { blockOf, blockTextOf, isSkippedText, type BlockText } from './block-text';

/**
 * The prose blocks of the article regions, each with its flat text, in document order. Built by
 * one walk over the regions' text nodes; a block is the nearest paragraph-like ancestor, so a
 * sentence cut by <strong> or <a> stays one string.
 */
export function articleBlocks(regions: readonly Element[]): BlockText[] {
  return [...eachArticleBlock(regions)];
}

/** articleBlocks one at a time, for work spread over several tasks on long pages. */
export function* eachArticleBlock(regions: readonly Element[]): Generator<BlockText, void, undefined> {
  const seen = new Set<Node>();
  for (const region of regions) {
    const walker = region.ownerDocument.createTreeWalker(region, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!/\S/.test(node.data) || isSkippedText(node)) continue;
      // Find the block first: reading its text for every one of its nodes would be quadratic
      // (ruby turns a paragraph's few text nodes into dozens).
      const root = blockOf(node);
      if (seen.has(root)) continue;
      seen.add(root);
      yield blockTextOf(node);
    }
  }
}
