/**
 * `npm run cli -- summary < page.html` (or plain text): the popup's summary, as one JSON object.
 * HTML is parsed by happy-dom in Node (scripts are never run) and read by the same extractor the extension
 * uses; plain text is split into paragraphs at blank lines, or at line breaks when there are none.
 */
import { Window } from 'happy-dom';
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
  const article = looksLikeHtml(input) ? await fromHtml(input) : fromText(input);
  const result = summarize(article);
  return JSON.stringify({
    title: article.title,
    source: article.source,
    status: result.status,
    summary: result.summary,
    sentences: result.sentences,
    facts: result.facts,
    byline: result.byline,
    readingMinutes: result.readingMinutes,
  });
}

async function fromHtml(html: string): Promise<Article> {
  // JavaScript evaluation is off by default in happy-dom 21; file loading is switched off as well.
  const window = new Window({
    url: 'http://localhost/',
    settings: { disableJavaScriptFileLoading: true, disableComputedStyleRendering: true },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // The page's own URL is unknown here, so zznews pages are recognised by their markup alone.
    return extractArticle(doc, '', readabilityArticle);
  } finally {
    await window.happyDOM.close();
  }
}

/** Plain text: one paragraph a line (see textArticle), the first line the title when it is a headline. */
function fromText(text: string): Article {
  return { ...textArticle(text), source: 'text' };
}
