/**
 * Maximum-probability segmentation, the model pinyin-pro uses with @pinyin-pro/data loaded: each
 * word and each single character has a cost (−log10 of its corpus frequency), and the cheapest path
 * through the text wins: 天空|地 (1.8e-9 × 1.6e-7) beats 天|空地 (3.6e-8 × 3.6e-10). Frequencies come from @pinyin-pro/data, so adding a word only changes the
 * cut where that word is genuinely likelier than the alternatives (no priority bonus, unlike
 * pinyin-pro's customPinyin, which let 应急处突 pull 市长 apart).
 */

/** −log10 of pinyin-pro's probability for a character with no frequency of its own (1e-13). */
export const UNKNOWN_COST = 13;

export interface WordSource {
  /** Cost of `word`, or undefined when it is not a word. */
  cost(word: string): number | undefined;
  /** Cost of a character read on its own (common ones are cheap: 了 6.1, 的 6.5). */
  charCost(char: string): number;
  /** Length in characters of the longest word that starts with the two characters `pair` (0 when none). */
  longestFrom(pair: string): number;
}

/** A multi-character word on the best path: [start, end) in code points. */
export interface PathWord {
  start: number;
  end: number;
  text: string;
}

/**
 * The words on the cheapest path through chars[from, to); characters between them stand alone.
 * `chars` holds one code point per element; `allowed` may veto a word at a position (了不得 after a
 * verb is 了 + 不得).
 */
export function bestPath(
  chars: readonly string[],
  from: number,
  to: number,
  words: WordSource,
  allowed: (start: number, text: string) => boolean = () => true,
): PathWord[] {
  const n = to - from;
  const cost = new Float64Array(n + 1);
  const wordEnd = new Int32Array(n); // 0: the character stands alone; else end (relative) of the word
  for (let i = n - 1; i >= 0; i--) {
    const first = chars[from + i]!;
    cost[i] = words.charCost(first) + cost[i + 1]!;
    if (i + 1 >= n) continue;
    // One lookup rules out most positions: no word starts with this pair of characters.
    let text = first + chars[from + i + 1]!;
    const longest = Math.min(words.longestFrom(text), n - i);
    for (let length = 2; length <= longest; length++) {
      if (length > 2) text += chars[from + i + length - 1]!;
      const wordCost = words.cost(text);
      if (wordCost === undefined || !allowed(from + i, text)) continue;
      const total = wordCost + cost[i + length]!;
      if (total < cost[i]!) {
        cost[i] = total;
        wordEnd[i] = i + length;
      }
    }
  }
  const path: PathWord[] = [];
  for (let i = 0; i < n; ) {
    const end = wordEnd[i]!;
    if (end === 0) {
      i++;
      continue;
    }
    path.push({ start: from + i, end: from + end, text: chars.slice(from + i, from + end).join('') });
    i = end;
  }
  return path;
}
