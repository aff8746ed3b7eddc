import { polyphonic } from 'pinyin-pro';

const cache = new Map<string, readonly string[]>();

/**
 * Every reading pinyin-pro's character table gives one character, the most common first, with tone
 * marks; empty for characters it does not know (non-Han, rare extension-B characters).
 *
 * This is the only place that touches pinyin-pro. Only its character table is used: the word
 * dictionary and segmentation are ours (see dictionary.ts, lattice.ts), so pinyin-pro's own
 * segmenter (and the 4.6 MB automaton it builds on first use) is never needed.
 */
export function charReadings(char: string): readonly string[] {
  let readings = cache.get(char);
  if (!readings) {
    const [list] = polyphonic(char, { type: 'array' });
    // pinyin-pro echoes unknown characters back as their own "reading".
    readings = list && list.length > 0 && list[0] !== char ? list : [];
    cache.set(char, readings);
  }
  return readings;
}

/** The reading pinyin-pro lists first for a character, or undefined when it has none. */
export function firstReading(char: string): string | undefined {
  return charReadings(char)[0];
}
