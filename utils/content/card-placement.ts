import type { Box } from './card-model';

/** Space kept between the card and the line it explains, and between the card and the viewport's edge. */
export const CARD_GAP = 6;
const EDGE = 4;

export interface CardPlacement {
  left: number;
  top: number;
  /** The card's height is capped to the space on its side; it scrolls within. */
  maxHeight: number;
}

/**
 * Where the card goes: below the hovered line if it fits there, else above it, else on the side with
 * more room with its height capped (it scrolls); never over the line itself. Horizontally it starts
 * at the word and stays inside the viewport.
 *
 * @example placeCard([{ left: 10, top: 700, width: 40, height: 20 }], { width: 200, height: 150 }, { width: 800, height: 760 })
 *   → above the line: { top: 544, … }
 */
export function placeCard(anchor: readonly Box[], card: { width: number; height: number }, viewport: { width: number; height: number }): CardPlacement {
  const lineTop = Math.min(...anchor.map((box) => box.top));
  const lineBottom = Math.max(...anchor.map((box) => box.top + box.height));
  const below = viewport.height - EDGE - (lineBottom + CARD_GAP);
  const above = lineTop - CARD_GAP - EDGE;
  const left = Math.max(EDGE, Math.min(anchor[0]!.left, viewport.width - EDGE - card.width));
  if (card.height <= below) return { left, top: lineBottom + CARD_GAP, maxHeight: below };
  if (card.height <= above) return { left, top: lineTop - CARD_GAP - card.height, maxHeight: above };
  if (below >= above) return { left, top: lineBottom + CARD_GAP, maxHeight: Math.max(0, below) };
  const height = Math.max(0, above);
  return { left, top: lineTop - CARD_GAP - height, maxHeight: height };
}
