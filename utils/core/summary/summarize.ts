/**
 * The summary shown in the popup: pure, so the popup, the CLI and the tests all run the same code.
 */
import { parseByline, type Byline } from './byline';
import { cleanBody } from './clean-body';
import { extractFacts, type Fact, type FactOptions } from './facts';
import { visibleLength } from './grams';
import { readingMinutes } from './reading-time';
import { extractSummary } from './select';
import { splitArticle } from './sentences';

export interface ArticleText {
  title: string;
  paragraphs: readonly string[];
  /** Pre-title and subtitle, if the page has them: read for facts (the 炎陵 subtitle holds 12.6亿元). */
  subtitle?: string;
}

/**
 * `ok`: a summary; `empty`: no Chinese text at all; `short`: the article is already about as short as a
 * summary would be, so the UI can say "short enough to read whole" instead of repeating it.
 */
export type SummaryStatus = 'ok' | 'empty' | 'short';

export interface Summary {
  status: SummaryStatus;
  /** Whole sentences, at most SUMMARY_BUDGET characters unless one sentence alone is longer; '' unless status is ok. */
  summary: string;
  /** The article's sentences the summary was built from, whole, in article order. */
  sentences: string[];
  facts: Fact[];
  /** The texts the facts were found in: the popup finds them again once the background has checked their places. */
  factTexts: string[];
  byline: Byline;
  readingMinutes: number;
}

/** A sentence this long without a stop mark was cut off in the source (OCR, 下转2版); headings are shorter. */
const CUT_SENTENCE = 40;

/** Ends a sentence that was cut off with …, so the summary does not run it into the next one. */
function markCut(sentence: string): string {
  return visibleLength(sentence) >= CUT_SENTENCE && !/[。！？；!?;…”’」』）)]$/.test(sentence) ? `${sentence}…` : sentence;
}

/**
 * Issue #5: about 100 characters, at most 120. Two sentences of news lead run 80–120. Issue 15: sentences are
 * never cut, so when no sentence of the article fits, its best sentence is shown whole and runs over.
 */
export const SUMMARY_BUDGET = 120;
/** Below this many characters of body text a summary would be the article itself. */
export const MIN_ARTICLE_CHARS = 80;
/**
 * The summary is made from the article's first this-many characters: news puts what matters first,
 * and ranking a very long text would keep the popup busy for a noticeable time (30,000 characters:
 * 40–130 ms in Node).
 */
export const SUMMARY_INPUT_CHARS = 10_000;

/** The paragraphs up to about `limit` characters (whole paragraphs). */
function leading(paragraphs: readonly string[], limit: number): string[] {
  const taken: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (length >= limit) break;
    taken.push(paragraph);
    length += paragraph.length;
  }
  return taken;
}

/**
 * Summarises an article: strips datelines and credits, drops headings, captions, notes and headline repeats
 * (clean-body.ts), picks whole sentences, lists key facts.
 * The title is read for facts only: no titled data was at hand to tune a title bonus for ranking.
 *
 * @example summarize({ title: '芦淞市场群38个市场昨开市', paragraphs: ['株洲日报讯（全媒体记者/杨凌凌）　2月9日，芦淞市场群…', …] })
 *   → { status: 'ok', summary: '2月9日，芦淞市场群38个市场迎来蛇年开市首日，…', byline: { reporters: ['杨凌凌'], … },
 *       facts: [{ kind: 'figure', text: '38个', label: '芦淞市场群' }, …], readingMinutes: 1, … }
 */
export function summarize(article: ArticleText, options: FactOptions = {}): Summary {
  const { byline, paragraphs: stripped } = parseByline(article.paragraphs);
  const all = cleanBody(stripped, { title: article.title, ...(article.subtitle && { subtitle: article.subtitle }) });
  const paragraphs = leading(all, SUMMARY_INPUT_CHARS);
  const factTexts = [article.title, article.subtitle ?? '', ...paragraphs].filter(Boolean);
  const facts = extractFacts(factTexts, options);
  const base = { byline, facts, factTexts, readingMinutes: readingMinutes(all) };
  const bodyLength = visibleLength(paragraphs.join(''));
  if (!/\p{Script=Han}/u.test(paragraphs.join(''))) return { ...base, status: 'empty', summary: '', sentences: [], facts: [] };
  if (bodyLength < MIN_ARTICLE_CHARS) return { ...base, status: 'short', summary: '', sentences: [] };

  const sentences = splitArticle(paragraphs).map((s) => markCut(s.text));
  const extract = extractSummary(sentences, { budget: SUMMARY_BUDGET });
  return {
    ...base,
    status: extract.text ? 'ok' : 'short',
    summary: extract.text,
    sentences: extract.indices.map((i) => sentences[i]!),
  };
}
