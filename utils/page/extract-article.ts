/**
 * The article on a page as plain text, for the summary: zznews markup first (locate-article's site rules),
 * then Mozilla Readability for any other page. Takes a Document and touches no browser API; the live page
 * is never changed (Readability edits the DOM it is given, so it gets a clone).
 */
import { Readability } from '@mozilla/readability';
import { hasHan, countHan } from '../core/text/han';
import { CHROME_SELECTOR, locateArticle } from './locate-article';

export type ArticleSource = 'zznews' | 'readability' | 'none';

export interface ExtractedArticle {
  title: string;
  /** Body paragraphs in order, white space collapsed; the dateline paragraph is kept (byline.ts reads it). */
  paragraphs: string[];
  source: ArticleSource;
  /** Pre-title and subtitle of zznews pages, joined; the summary reads them for facts. */
  subtitle?: string;
}

/** Site rules of locate-article.ts whose body is one article. */
const ARTICLE_RULES = new Set(['founder-epaper', 'founder-ozoom', 'cmstop-article']);
/** Blocks that hold a paragraph of text inside an article body. */
const BLOCKS = 'p, li, h2, h3, h4, h5, blockquote';
/** Less Chinese than this is not an article worth summarising (a nav bar, a login box). */
const MIN_HAN = 40;

const NONE: ExtractedArticle = { title: '', paragraphs: [], source: 'none' };

export function extractArticle(doc: Document, url: string = doc.location?.href ?? ''): ExtractedArticle {
  const location = locateArticle(doc, url);
  if (location.body && ARTICLE_RULES.has(location.rule)) {
    const subtitle = [location.pretitle, location.subtitle]
      .map((el) => clean(el?.textContent ?? ''))
      .filter(Boolean)
      .join(' ');
    return {
      title: clean(location.title?.textContent ?? ''),
      paragraphs: paragraphsOf(location.body),
      source: 'zznews',
      ...(subtitle ? { subtitle } : {}),
    };
  }
  // A zznews channel page or e-paper page view lists headlines: there is no article to summarise.
  if (location.rule === 'headline-list') return NONE;
  return readable(doc) ?? NONE;
}

function readable(doc: Document): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  let parsed: ReturnType<Readability<Node>['parse']>;
  try {
    parsed = new Readability<Node>(clone, { serializer: (node) => node }).parse();
  } catch {
    // Readability throws on some malformed documents; such a page has no article for us.
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content || !('querySelectorAll' in content)) return null;
  const paragraphs = paragraphsOf(content as Element);
  if (countHan(paragraphs.join('')) < MIN_HAN) return null;
  const title = clean(parsed.title ?? '') || clean(doc.querySelector('h1')?.textContent ?? '');
  return { title, paragraphs, source: 'readability' };
}

/** Text of the body's paragraphs; a body without paragraph elements is split at its line breaks. */
function paragraphsOf(body: Element): string[] {
  const blocks = [...body.querySelectorAll(BLOCKS)].filter(
    // The innermost blocks only (an <li> holding <p>s counts through its <p>s), never page chrome.
    (el) => !el.querySelector(BLOCKS) && !el.closest(CHROME_SELECTOR),
  );
  const texts = blocks.length ? blocks.map((el) => el.textContent ?? '') : (body.textContent ?? '').split(/\n+/);
  return texts.map(clean).filter((text) => text && hasHan(text));
}

/** Collapses white space (the U+3000 paragraph indent included) and trims. */
function clean(text: string): string {
  return text.replace(/[\s\u3000]+/g, ' ').trim();
}
