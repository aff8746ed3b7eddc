/** A box in viewport pixels. */
export interface LineBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Where ↓ or ↑ goes: a word on the next line, or more words are needed to know (the line may go on). */
export type LineStep = { index: number; complete: boolean } | { index: -1; complete: boolean };

const middle = (box: LineBox) => box.top + box.height / 2;
const centre = (box: LineBox) => box.left + box.width / 2;

/**
 * The word ↓ (or ↑) moves the reading cursor to: the one on the next line down (up) whose centre is
 * nearest the current word's, as a caret moves between lines. `candidates` are the boxes of the
 * words after the current one in reading order (for ↑, the words before it, nearest first). A word
 * is on another line when its middle is more than half a line from the current word's; the next
 * line is the run of words around the first such one. `complete` is false when the candidates end
 * before that line does: the caller fetches more words and asks again (or takes the answer at the
 * end of the article). Index -1: no word on another line yet.
 */
export function lineStep(from: LineBox, candidates: readonly LineBox[], direction: 'down' | 'up'): LineStep {
  const sign = direction === 'down' ? 1 : -1;
  const beyond = (box: LineBox, line: LineBox) => sign * (middle(box) - middle(line)) > line.height / 2;
  let line: LineBox | null = null;
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < candidates.length; i++) {
    const box = candidates[i]!;
    if (!line) {
      if (!beyond(box, from)) continue;
      line = box;
    } else if (beyond(box, line)) {
      return { index: best, complete: true };
    }
    const distance = Math.abs(centre(box) - centre(from));
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return { index: best, complete: false };
}
