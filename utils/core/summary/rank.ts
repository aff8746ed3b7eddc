/**
 * Sentence rankers. `centroidScores` is ZhuDu's; `leadIndices` and `textRankIndices` are the baselines of
 * issue #5, kept here so the bench compares all three on the same sentences in the same run.
 */
import { bigrams } from './grams';
import { textRankScores } from './textrank';

/** Lead-k: the first k sentences. News puts the gist first, so this is the baseline to beat. */
export function leadIndices(sentences: readonly string[], k: number): number[] {
  return sentences.slice(0, k).map((_, i) => i);
}

/**
 * TextRank × position prior, top k in article order. The prior is 1/(i+1); of the shapes tried for the
 * baseline (1/(i+1), 1/√(i+1), 1−i/n, e^(−i/3)) it scored best on both evaluation sets, so the baseline
 * gets its best showing.
 */
export function textRankIndices(sentences: readonly string[], k: number): number[] {
  const scores = textRankScores(sentences.map((s) => new Set(bigrams(s).keys())));
  return topK(
    scores.map((score, i) => score / (i + 1)),
    k,
  );
}

/**
 * How well each sentence stands for the whole article: the cosine between its bigram vector and the
 * article's (TF·IDF over the article's own sentences, so words every sentence repeats count for little),
 * divided by a position prior (i+1)^positionWeight. Unlike TextRank this rewards a sentence that sums up
 * the article's vocabulary, which is what a lead or a summing-up sentence does.
 */
export function centroidScores(sentences: readonly string[], positionWeight: number): number[] {
  const bags = sentences.map((s) => bigrams(s));
  const n = bags.length;
  const df = new Map<string, number>();
  for (const bag of bags) for (const gram of bag.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const idf = (gram: string) => Math.log((n + 1) / (df.get(gram) ?? 1));
  const weigh = (bag: Map<string, number>) => new Map([...bag].map(([gram, count]) => [gram, count * idf(gram)]));
  const centroid = new Map<string, number>();
  for (const bag of bags) for (const [gram, count] of bag) centroid.set(gram, (centroid.get(gram) ?? 0) + count);
  const weightedCentroid = weigh(centroid);
  return bags.map((bag, i) => cosine(weigh(bag), weightedCentroid) / Math.pow(i + 1, positionWeight));
}

/**
 * `centroidScores` blended with TextRank centrality: each is scaled to its article's best sentence, mixed
 * (textRankWeight 0 = centroid only, 1 = TextRank only), then divided by the position prior (i+1)^positionWeight.
 * The centroid favours a sentence that sums up the article's words; TextRank one that many sentences echo.
 */
export function salienceScores(sentences: readonly string[], positionWeight: number, textRankWeight: number): number[] {
  const centroid = centroidScores(sentences, 0);
  const central = textRankWeight > 0 ? textRankScores(sentences.map((s) => new Set(bigrams(s).keys()))) : centroid;
  const scaled = (xs: readonly number[]) => {
    const top = Math.max(...xs, 0);
    return xs.map((x) => (top > 0 ? x / top : 0));
  };
  const [c, t] = [scaled(centroid), scaled(central)];
  return c.map((x, i) => ((1 - textRankWeight) * x + textRankWeight * t[i]!) / Math.pow(i + 1, positionWeight));
}

/** Indices of the k highest scores, in article order; ties go to the earlier sentence. */
export function topK(scores: readonly number[], k: number): number[] {
  return scores
    .map((score, i) => ({ score, i }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, k)
    .map(({ i }) => i)
    .sort((a, b) => a - b);
}

function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [key, value] of a) {
    na += value * value;
    dot += value * (b.get(key) ?? 0);
  }
  for (const value of b.values()) nb += value * value;
  return dot === 0 ? 0 : dot / Math.sqrt(na * nb);
}
