import { describe, expect, it } from 'vitest';
import { CARD_GAP, placeCard } from '@/utils/content/card-placement';

const line = { left: 100, top: 300, width: 40, height: 20 };
const viewport = { width: 700, height: 560 };
const overlaps = (top: number, height: number, box: { top: number; height: number }) => top < box.top + box.height && top + height > box.top;

describe('where the card goes', () => {
  it('below the line when it fits, above when it does not, never over the line', () => {
    const below = placeCard([line], { width: 200, height: 100 }, viewport);
    expect(below.top).toBe(320 + CARD_GAP);
    const low = { ...line, top: 500 };
    const above = placeCard([low], { width: 200, height: 100 }, viewport);
    expect(above.top + 100).toBe(500 - CARD_GAP);
    for (const top of [20, 150, 300, 420, 530]) {
      for (const height of [50, 200, 400, 900]) {
        const box = { ...line, top };
        const p = placeCard([box], { width: 200, height }, viewport);
        expect(overlaps(p.top, Math.min(height, p.maxHeight), box), `line at ${top}, card ${height} high`).toBe(false);
        expect(p.top).toBeGreaterThanOrEqual(0);
        expect(p.top + Math.min(height, p.maxHeight)).toBeLessThanOrEqual(viewport.height);
      }
    }
  });

  it('a card taller than either side takes the larger side and scrolls within it', () => {
    const p = placeCard([{ ...line, top: 100 }], { width: 200, height: 900 }, viewport);
    expect(p.top).toBe(120 + CARD_GAP);
    expect(p.maxHeight).toBeLessThan(460);
  });

  it('keeps inside the viewport horizontally; a word over two lines is avoided whole', () => {
    expect(placeCard([{ ...line, left: 650 }], { width: 200, height: 50 }, viewport).left).toBeLessThanOrEqual(500);
    const twoLines = [
      { left: 600, top: 300, width: 80, height: 20 },
      { left: 10, top: 322, width: 30, height: 20 },
    ];
    expect(placeCard(twoLines, { width: 200, height: 50 }, viewport).top).toBe(342 + CARD_GAP);
  });
});
