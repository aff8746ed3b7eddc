import { describe, expect, it } from 'vitest';
import { lineStep, type LineBox } from '../../../utils/core/reading/line-step';

/** A word of 2 characters of 16 px on line `line` (28 px apart), starting at column `column`. */
const word = (line: number, column: number, chars = 2): LineBox => ({ left: 16 * column, top: 28 * line, width: 16 * chars, height: 18 });

describe('moving the reading cursor a line down or up', () => {
  // Line 0: words at columns 0, 2, 4, 6; line 1: at 0, 3, 5; line 2: at 1.
  const lines = [word(0, 0), word(0, 2), word(0, 4), word(0, 6), word(1, 0, 3), word(1, 3), word(1, 5), word(2, 1)];

  it('goes to the word of the next line nearest the current one across', () => {
    expect(lineStep(lines[3]!, lines.slice(4), 'down')).toEqual({ index: 2, complete: true }); // columns 6–7 → 5–6 (lines[6])
    expect(lineStep(lines[0]!, lines.slice(1), 'down')).toEqual({ index: 3, complete: true }); // column 0 → column 0 (lines[4])
  });

  it('goes up with the words before it, nearest first', () => {
    const before = lines.slice(0, 4).reverse(); // from lines[4] (line 1, columns 0–2)
    expect(before[lineStep(lines[4]!, before, 'up').index]).toBe(lines[0]);
    expect(lineStep(lines[4]!, before, 'up').complete).toBe(false); // line 0 is the first: nothing above it ends it
  });

  it('asks for more words while the next line may go on, and says when there is none yet', () => {
    expect(lineStep(lines[1]!, lines.slice(2, 5), 'down')).toEqual({ index: 2, complete: false });
    expect(lineStep(lines[1]!, lines.slice(2, 4), 'down')).toEqual({ index: -1, complete: false });
    expect(lineStep(lines[4]!, [], 'up')).toEqual({ index: -1, complete: false });
  });

  it('treats a taller word on the same line (a term under ruby) as the same line', () => {
    const tall = { left: 160, top: 20, width: 64, height: 30 };
    expect(lineStep(word(1, 0), [tall, word(2, 0)], 'down').index).toBe(1);
  });
});
