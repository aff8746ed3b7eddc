import { caretTextAt } from './hit-test';
import { blockOf, isProse, proseOf, type BlockText } from './prose';

/** Rows sampled this far apart, px: under one line of body text, so no paragraph on screen is stepped over. */
const ROW_STEP_PX = 20;
/** Where across each region's visible width a row is sampled: centred lines and short ones are met too. */
const COLUMNS = [0.2, 0.5, 0.8];

/**
 * The prose blocks of the regions that are on screen now, top to bottom, at most `limit`. Found by
 * asking where the caret would go at points down the visible part of each region (about 120 per
 * screen), not by walking the article: the cost is the same on a page of 1,000,000 characters.
 */
export function blocksInView(doc: Document, regions: readonly Element[], accept: (node: Text) => boolean, limit: number): BlockText[] {
  const width = doc.documentElement.clientWidth;
  const height = doc.defaultView?.innerHeight ?? doc.documentElement.clientHeight;
  const seen = new Set<Node>();
  const found: BlockText[] = [];
  for (const region of regions) {
    const box = region.getBoundingClientRect();
    const top = Math.max(0, box.top);
    const bottom = Math.min(height, box.bottom);
    const left = Math.max(0, box.left);
    const right = Math.min(width, box.right);
    if (bottom <= top || right <= left) continue;
    for (let y = top + ROW_STEP_PX / 2; y < bottom; y += ROW_STEP_PX) {
      for (const column of COLUMNS) {
        const node = caretTextAt(doc, left + (right - left) * column, y);
        if (!node || !/\S/.test(node.data) || !isProse(node) || !accept(node)) continue;
        const root = blockOf(node);
        if (seen.has(root)) continue;
        seen.add(root);
        found.push(proseOf(root));
        if (found.length >= limit) return found;
      }
    }
  }
  return found;
}
