/**
 * TextRank (Mihalcea & Tarau 2004) over sentences: a sentence is central when many other sentences share
 * its words. Similarity is their formula, |Si ∩ Sj| / (log|Si| + log|Sj|), over character bigrams.
 */

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-6;

/** Centrality of each sentence; the scores sum to 1. Sentences with no shared bigrams get the floor. */
export function textRankScores(bags: readonly Set<string>[]): number[] {
  const n = bags.length;
  if (n === 0) return [];
  const weights = bags.map((a, i) => bags.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const outSums = weights.map((row) => row.reduce((sum, w) => sum + w, 0));
  let scores = new Array<number>(n).fill(1 / n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const next = scores.map((_, i) => {
      let incoming = 0;
      for (let j = 0; j < n; j++) {
        const w = weights[j]![i]!;
        if (w > 0) incoming += (w / outSums[j]!) * scores[j]!;
      }
      return (1 - DAMPING) / n + DAMPING * incoming;
    });
    // Dangling sentences (no similarity to any other) leak mass; renormalise so scores stay comparable.
    const total = next.reduce((sum, s) => sum + s, 0);
    const normalised = next.map((s) => s / total);
    const change = normalised.reduce((sum, s, i) => sum + Math.abs(s - scores[i]!), 0);
    scores = normalised;
    if (change < TOLERANCE) break;
  }
  return scores;
}

function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size < 2 || b.size < 2) return 0;
  let shared = 0;
  for (const gram of a) if (b.has(gram)) shared++;
  return shared === 0 ? 0 : shared / (Math.log(a.size) + Math.log(b.size));
}
