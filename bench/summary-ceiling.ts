/**
 * How far could whole-sentence selection go on LCSTS? A learned scorer, given every surface feature ZhuDu
 * could compute in the popup, is fitted on the test pairs themselves and scored by 5-fold cross-validation:
 * a generous ceiling (it sees the test distribution), unlike the oracle, which reads the reference.
 * If even this stays far below the issue's 25, the gap is in the task (18-character headlines against
 * whole sentences of ~44), not in ZhuDu's ranker.
 *
 * Run from bench/summary.bench.ts; not used by the extension.
 */
import { rouge } from '../utils/core/summary/rouge';
import { bigrams, contentUnits, visibleLength } from '../utils/core/summary/grams';
import { centroidScores } from '../utils/core/summary/rank';
import { textRankScores } from '../utils/core/summary/textrank';

interface Scored {
  /** One feature row per sentence. */
  features: number[][];
  /** ROUGE-L F of each sentence against the reference. */
  gains: number[];
}

const FOLDS = 5;
const STEPS = 1500;
const RATE = 0.5;
const L2 = 0.01;
/** Sharpness of the softmax over a text's sentences while fitting. */
const SHARPNESS = 10;

const scaledToBest = (xs: number[]) => {
  const top = Math.max(...xs, 0);
  return xs.map((x) => (top > 0 ? x / top : 0));
};

/** Position, length, centrality (centroid and TextRank), digits, quotes, questions, exclamations, colons, density. */
function sentenceFeatures(sentences: string[]): number[][] {
  const centroid = scaledToBest(centroidScores(sentences, 0));
  const central = scaledToBest(textRankScores(sentences.map((s) => new Set(bigrams(s).keys()))));
  return sentences.map((s, i) => {
    const length = Math.max(1, visibleLength(s));
    return [
      Math.log(i + 1),
      i === 0 ? 1 : 0,
      i === sentences.length - 1 ? 1 : 0,
      Math.log(length),
      length / 100,
      centroid[i]!,
      central[i]!,
      /\d/.test(s) ? 1 : 0,
      /^[“"「]/.test(s) ? 1 : 0,
      /[？?]$/.test(s) ? 1 : 0,
      /[！!]/.test(s) ? 1 : 0,
      /[：:]/.test(s) ? 1 : 0,
      contentUnits(s).length / length,
    ];
  });
}

const dot = (w: number[], x: number[]) => x.reduce((sum, v, k) => sum + v * w[k]!, 0);

/** Listwise fit: gradient ascent on the expected ROUGE-L of a softmax over each text's sentences. */
function fit(texts: Scored[]): number[] {
  const width = texts.find((t) => t.features.length > 0)?.features[0]?.length ?? 0;
  let w = new Array<number>(width).fill(0);
  w[0] = -1; // start from Lead: earlier is better
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(width).fill(0);
    for (const { features, gains } of texts) {
      if (features.length === 0) continue;
      const z = features.map((x) => SHARPNESS * dot(w, x));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const total = e.reduce((a, b) => a + b, 0);
      const p = e.map((v) => v / total);
      const expected = p.reduce((sum, pi, i) => sum + pi * gains[i]!, 0);
      features.forEach((x, i) => x.forEach((v, k) => (gradient[k]! += SHARPNESS * p[i]! * (gains[i]! - expected) * v)));
    }
    w = w.map((wk, k) => wk + RATE * (gradient[k]! / texts.length - L2 * wk));
  }
  return w;
}

/** Mean ROUGE-L (×100) of the best-scoring sentence of each text. */
function score(w: number[], texts: Scored[]): number {
  const sum = texts.reduce((acc, { features, gains }) => {
    if (features.length === 0) return acc;
    const z = features.map((x) => dot(w, x));
    return acc + gains[z.indexOf(Math.max(...z))]!;
  }, 0);
  return (100 * sum) / texts.length;
}

/** ROUGE-L of a learned one-sentence selector under k-fold cross-validation over `pairs`. */
export function learnedSelectorCeiling(pairs: { sentences: string[]; reference: string }[]): number {
  const texts: Scored[] = pairs.map(({ sentences, reference }) => ({ features: sentenceFeatures(sentences), gains: sentences.map((s) => rouge(s, reference).rougeL) }));
  let total = 0;
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = texts.filter((_, i) => i % FOLDS === fold);
    total += score(fit(texts.filter((_, i) => i % FOLDS !== fold)), held) * held.length;
  }
  return total / texts.length;
}
