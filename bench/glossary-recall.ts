/**
 * Glossary recall on real news: scores a scan of each article of tests/real-news/glossary/corpus.json
 * against the terms listed there by hand. Used by bench/glossary.bench.ts; prints nothing itself.
 *
 * A listed term (one `form` of one article) is
 *   explained  when a glossary hit holds one of its occurrences, or lies inside one and covers at
 *              least half of it (规模以上 inside 规模以上工业企业 counts; 工业 alone would not);
 *   flagged    when not explained but an unexplained-slogan spot overlaps an occurrence;
 *   missed     otherwise.
 * A glossary hit is a false match when it neither lies inside an occurrence of a listed form nor
 * holds one; a flag is a false flag when its phrase is one of the article's quotedNotTerms.
 * A hit outside the listed forms whose text is in extra-ok.json (reviewed after seeing results: an
 * unlisted form the entry explains correctly) is counted apart as an extra correct match.
 */
import { readFileSync } from 'node:fs';
import type { ScannedSpot } from '../utils/core/glossary/scan';

export interface CorpusTerm {
  form: string;
  canonical: string;
  kind: string;
  count: number;
}

export interface CorpusArticle {
  id: string;
  role: 'mining' | 'heldout' | 'blind';
  title: string | null;
  terms: CorpusTerm[];
  quotedNotTerms: string[];
  excerpts: { text: string }[];
}

export type Outcome = 'explained' | 'flagged' | 'missed';

export interface ArticleScore {
  id: string;
  role: 'mining' | 'heldout' | 'blind';
  terms: number;
  explained: number;
  flagged: number;
  missed: number;
  falseMatches: string[];
  /** Unlisted hits that extra-ok.json accepts as correct explanations. */
  extraCorrect: string[];
  falseFlags: string[];
  /** Listed forms by outcome, for the detailed listing. */
  outcomes: { form: string; outcome: Outcome }[];
}

export function loadCorpus(path = 'tests/real-news/glossary/corpus.json'): CorpusArticle[] {
  return (JSON.parse(readFileSync(path, 'utf8')) as { articles: CorpusArticle[] }).articles;
}

/** The text the bench scans: title (when the stored copy shows one) and excerpts, one per line. */
/** Forms reviewed as correct explanations although the hand labels do not list them. */
export function loadExtraOk(path = 'tests/real-news/glossary/extra-ok.json'): ReadonlySet<string> {
  const { items } = JSON.parse(readFileSync(path, 'utf8')) as { items: { form: string; reason: string }[] };
  return new Set(items.map((i) => i.form));
}

export function articleText(article: CorpusArticle): string {
  return [...(article.title ? [article.title] : []), ...article.excerpts.map((e) => e.text)].join('\n');
}

function occurrences(text: string, form: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) out.push([at, at + form.length]);
  return out;
}

const QUOTE_OR_SPACE = /[\s“”‘’「」『』《》"'()（）【】]/u;

/** The hit's span without the quote marks the matcher may keep at its edges. */
function core(spot: ScannedSpot): [number, number] {
  let { start, end } = spot;
  const text = spot.text;
  let i = 0;
  let j = text.length;
  while (i < j && QUOTE_OR_SPACE.test(text.charAt(i))) i++;
  while (j > i && QUOTE_OR_SPACE.test(text.charAt(j - 1))) j--;
  end = start + j;
  start += i;
  return [start, end];
}

export function scoreArticle(
  article: CorpusArticle,
  spots: readonly ScannedSpot[],
  extraOk: ReadonlySet<string> = new Set(),
): ArticleScore {
  const text = articleText(article);
  const hits = spots.filter((s) => s.entryId).map(core);
  const flags = spots.filter((s) => !s.entryId);
  const listed = article.terms.flatMap((t) => occurrences(text, t.form));
  const outcomes = article.terms.map(({ form }) => {
    const occ = occurrences(text, form);
    const explained = occ.some(([a, b]) =>
      hits.some(([s, e]) => (s <= a && e >= b) || (s >= a && e <= b && 2 * (e - s) >= b - a)),
    );
    const flagged = occ.some(([a, b]) => flags.some((f) => f.start < b && f.end > a));
    const outcome: Outcome = explained ? 'explained' : flagged ? 'flagged' : 'missed';
    return { form, outcome };
  });
  const unlisted = hits
    .filter(([s, e]) => !listed.some(([a, b]) => (s >= a && e <= b) || (s <= a && e >= b)))
    .map(([s, e]) => text.slice(s, e));
  const falseMatches = unlisted.filter((form) => !extraOk.has(form));
  const extraCorrect = unlisted.filter((form) => extraOk.has(form));
  const falseFlags = flags.filter((f) => article.quotedNotTerms.includes(f.text)).map((f) => f.text);
  const n = (o: Outcome) => outcomes.filter((x) => x.outcome === o).length;
  return {
    id: article.id,
    role: article.role,
    terms: outcomes.length,
    explained: n('explained'),
    flagged: n('flagged'),
    missed: n('missed'),
    falseMatches,
    extraCorrect,
    falseFlags,
    outcomes,
  };
}

/** Sums scores (for a role or for all). */
export function total(scores: readonly ArticleScore[]): Omit<ArticleScore, 'id' | 'role' | 'outcomes'> {
  return {
    terms: scores.reduce((s, x) => s + x.terms, 0),
    explained: scores.reduce((s, x) => s + x.explained, 0),
    flagged: scores.reduce((s, x) => s + x.flagged, 0),
    missed: scores.reduce((s, x) => s + x.missed, 0),
    falseMatches: scores.flatMap((x) => x.falseMatches),
    extraCorrect: scores.flatMap((x) => x.extraCorrect),
    falseFlags: scores.flatMap((x) => x.falseFlags),
  };
}
