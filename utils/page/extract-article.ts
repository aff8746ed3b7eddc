/**
 * The article on a page as plain text, for the summary: zznews markup first (locate-article's site rules),
 * then a generic extractor for any other page. Takes a Document and touches no browser API.
 *
 * The generic extractor is a parameter: the extension uses the densest block of paragraphs, and the CLI
 * passes Mozilla Readability (readability-article.ts), which is better on arbitrary pages but sets
 * innerHTML on its working copy, so it stays out of the content script.
 */
import { countHan, hasHan } from '../core/text/han';
import { CHROME_SELECTOR, locateArticle } from './locate-article';
import { isOffLimits, proseBlocks, proseOf } from './prose';

export type ArticleSource = 'zznews' | 'readability' | 'heuristic' | 'none';

/** Finds an article on a page the site rules do not know; null when there is none. */
export type GenericExtractor = (doc: Document, url: string, limits?: ExtractLimits) => ExtractedArticle | null;

export interface ExtractedArticle {
  title: string;
  /** Body paragraphs in order, white space collapsed; the dateline paragraph is kept (byline.ts reads it). */
  paragraphs: string[];
  source: ArticleSource;
  /** Pre-title and subtitle of zznews pages, joined; the summary reads them for facts. */
  subtitle?: string;
  /** The body went on past the limit it was read up to (a very long page): `paragraphs` are its beginning. */
  truncated?: boolean;
}

/** Where extraction may stop: a body longer than this many characters is read up to here. */
export interface ExtractLimits {
  maxChars: number;
}

/** Site rules of locate-article.ts whose body is one article. */
const ARTICLE_RULES = new Set(['founder-epaper', 'founder-ozoom', 'cmstop-article']);
/** Blocks that hold a paragraph of text inside an article body. */
const BLOCKS = 'p, li, h2, h3, h4, h5, blockquote';
/** Less Chinese than this is not an article worth summarising (a nav bar, a login box). */
export const MIN_HAN = 40;

const NONE: ExtractedArticle = { title: '', paragraphs: [], source: 'none' };

export function extractArticle(
  doc: Document,
  url: string = doc.location?.href ?? '',
  generic: GenericExtractor = densestParagraphs,
  limits: ExtractLimits = { maxChars: Infinity },
): ExtractedArticle {
  const location = locateArticle(doc, url);
  if (location.body && ARTICLE_RULES.has(location.rule)) {
    const subtitle = [location.pretitle, location.subtitle]
      .map((el) => clean(el?.textContent ?? ''))
      .filter(Boolean)
      .join(' ');
    const body = bodyOf(location.body, limits.maxChars);
    return {
      title: clean(location.title?.textContent ?? ''),
      ...body,
      source: 'zznews',
      ...(subtitle ? { subtitle } : {}),
    };
  }
  // A zznews channel page or e-paper page view lists headlines: there is no article to summarise.
  if (location.rule === 'headline-list') return NONE;
  return generic(doc, url, limits) ?? NONE;
}

/** The element with the most Chinese in its paragraphs (locate-article's fallback), as an article. */
export function densestParagraphs(doc: Document, url: string, limits: ExtractLimits = { maxChars: Infinity }): ExtractedArticle | null {
  const location = locateArticle(doc, url);
  if (location.rule !== 'densest-paragraphs' || !location.body) return null;
  const body = bodyOf(location.body, limits.maxChars);
  if (countHan(body.paragraphs.join('')) < MIN_HAN) return null;
  return { title: clean(location.title?.textContent ?? ''), ...body, source: 'heuristic' };
}

/** Text of the body's paragraphs; a body without paragraph elements is split at its line breaks. */
export function paragraphsOf(body: Element): string[] {
  return bodyOf(body, Infinity).paragraphs;
}

/** The body's paragraphs up to about `maxChars` characters (whole paragraphs), and whether more were left. */
function bodyOf(body: Element, maxChars: number): { paragraphs: string[]; truncated?: true } {
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // The innermost blocks only (an <li> holding <p>s counts through its <p>s), never page chrome,
    // never what the reader does not read as prose (a form, an editor: prose.ts).
    (el) => !el.querySelector(BLOCKS) && !el.closest(CHROME_SELECTOR) && !hasOffLimitsAncestor(el, body),
  );
  const texts = blocks.length
    ? (function* () {
        for (const el of blocks) yield proseOf(el).text;
      })()
    : proseBlocks([body]).flatMap((block) => block.text.split(/\n+/));
  const paragraphs: string[] = [];
  let length = 0;
  for (const raw of texts) {
    if (length >= maxChars) return { paragraphs, truncated: true };
    const text = clean(raw);
    if (!text || !hasHan(text)) continue;
    paragraphs.push(text);
    length += text.length;
  }
  return { paragraphs };
}

/** Collapses white space (the U+3000 paragraph indent included) and trims. */
export function clean(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}

function hasOffLimitsAncestor(element: Element, within: Element): boolean {
  for (let at: Element | null = element; at && at !== within; at = at.parentElement) if (isOffLimits(at)) return true;
  return false;
}
