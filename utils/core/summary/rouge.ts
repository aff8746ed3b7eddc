/** ROUGE-1, ROUGE-2 and ROUGE-L F1 on a 0–1 scale. */
export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
}

/**
 * The units ROUGE counts for Chinese: single characters (code points), with punctuation and white space
 * removed and Latin letters lower-cased, as in the evaluation (character-level, punctuation removed).
 */
export function rougeUnits(text: string): string[] {
  return [...text.toLowerCase().replace(/[\p{P}\s]/gu, '')];
}

/**
 * Character-level ROUGE F1 of a candidate summary against one reference.
 *
 * @example rouge('株洲日报', '株洲新闻') → rouge1 0.5, rouge2 1/3, rougeL 0.5
 */
export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeUnits(candidate);
  const r = rougeUnits(reference);
  return {
    rouge1: overlapF1(grams(c, 1), grams(r, 1)),
    rouge2: overlapF1(grams(c, 2), grams(r, 2)),
    rougeL: f1(lcsLength(c, r), c.length, r.length),
  };
}

/** Length of the longest common subsequence, in O(|a|·|b|) time and O(|b|) memory. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  let row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = x === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    [previous, row] = [row, previous];
  }
  return previous[b.length]!;
}

function grams(units: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= units.length; i++) {
    const gram = units.slice(i, i + n).join('');
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Clipped overlap: a gram counts as often as it occurs in both. */
function overlapF1(candidate: Map<string, number>, reference: Map<string, number>): number {
  let hits = 0;
  let candidateTotal = 0;
  let referenceTotal = 0;
  for (const count of candidate.values()) candidateTotal += count;
  for (const [gram, count] of reference) {
    referenceTotal += count;
    hits += Math.min(count, candidate.get(gram) ?? 0);
  }
  return f1(hits, candidateTotal, referenceTotal);
}

function f1(hits: number, candidateTotal: number, referenceTotal: number): number {
  if (hits === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = hits / candidateTotal;
  const recall = hits / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}
