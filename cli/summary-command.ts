/**
 * `npm run cli -- summary < page.html` (or plain text): the popup's summary, as one JSON object.
 * `npm run cli -- summary --jsonl`: one JSON document a line, {"text"} or {"html","url"}, one JSON result a line.
 * HTML is parsed by happy-dom in Node (scripts are never run) and read by the same extractor the extension
 * uses; plain text is split into paragraphs at blank lines, or at line breaks when there are none.
 */
import { Window } from 'happy-dom';
import { loadNodeDictionary } from '../scripts/dictionary/packed-file';
import { dictionaryPlaceCheck } from '../utils/core/summary/dictionary-places';
import { FACT_TAGS_ZH, factCategory, type FactOptions } from '../utils/core/summary/facts';
import { summarize } from '../utils/core/summary/summarize';
import { textArticle } from '../utils/core/summary/text-article';
import { extractArticle, type ArticleSource } from '../utils/page/extract-article';
import { readabilityArticle } from '../utils/page/readability-article';

interface Article {
  title: string;
  paragraphs: string[];
  subtitle?: string;
  source: ArticleSource | 'text';
}

/** Markup that only HTML has; a news text never starts a line with <p or <div. */
const HTML = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])|<(?:p|div|article|section|h1|br)[\s/>]/i;

export function looksLikeHtml(input: string): boolean {
  return HTML.test(input);
}

export async function summaryCommand(input: string): Promise<string> {
  return JSON.stringify(summaryOf(looksLikeHtml(input) ? await fromHtml(input) : fromText(input)));
}

/**
 * One line of `--jsonl`: {"text": "…"} or {"html": "…", "url": "…"} in, one JSON result out. A line that is not
 * such a document gets {"error": "…"}, so output line n always answers input line n.
 */
export async function summaryJsonLine(line: string): Promise<string> {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: 'not a JSON document' });
  }
  const { text, html, url } = (doc ?? {}) as { text?: unknown; html?: unknown; url?: unknown };
  if (typeof html === 'string') return JSON.stringify(summaryOf(await fromHtml(html, typeof url === 'string' ? url : '')));
  if (typeof text === 'string') return JSON.stringify(summaryOf(fromText(text)));
  return JSON.stringify({ error: 'expected {"text"} or {"html","url"}' });
}

/**
 * The result: `source` is the outlet (株洲日报, 红网时刻新闻…), `extractor` how the text was read; each fact
 * carries its category and Chinese tag (投资, 金额, 数量, 日期, 地点, 机构, 人物).
 */
function summaryOf(article: Article) {
  const result = summarize(article, factOptions());
  return {
    title: article.title,
    ...(article.subtitle && { subtitle: article.subtitle }),
    status: result.status,
    summary: result.summary,
    sentences: result.sentences,
    reporters: result.byline.reporters,
    correspondents: result.byline.correspondents,
    source: result.byline.source ?? null,
    facts: result.facts.map((fact) => {
      const category = factCategory(fact);
      return { ...fact, category, tag: FACT_TAGS_ZH[category] };
    }),
    byline: result.byline,
    extractor: article.source,
    readingMinutes: result.readingMinutes,
  };
}

/**
 * The CLI has the CC-CEDICT dictionary on disk, so places found by their suffix are checked against it as well
 * (the popup has only the gazetteer and the lexicon). Loaded once, on first use; without it, the rules alone.
 */
const placeCheck: { value?: FactOptions } = {};
function factOptions(): FactOptions {
  if (!placeCheck.value) {
    try {
      placeCheck.value = { isPlace: dictionaryPlaceCheck(loadNodeDictionary()) };
    } catch {
      placeCheck.value = {};
    }
  }
  return placeCheck.value;
}

async function fromHtml(html: string, url = ''): Promise<Article> {
  // JavaScript evaluation is off by default in happy-dom 21; file loading is switched off as well.
  const window = new Window({
    url: 'http://localhost/',
    settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // Without the page's URL, zznews pages are recognised by their markup alone.
    return extractArticle(doc, url, readabilityArticle);
  } finally {
    await window.happyDOM.close();
  }
}

/** Plain text: one paragraph a line (see textArticle), the first line the title when it is a headline. */
function fromText(text: string): Article {
  return { ...textArticle(text), source: 'text' };
}
