import { Readability } from '@mozilla/readability';
import { countHan } from '../core/text/han';
import { clean, MIN_HAN, paragraphsOf, type ExtractedArticle } from './extract-article';

/**
 * Mozilla Readability as a generic extractor, for pages no site rule knows (the CLI's HTML input).
 * Readability rewrites the DOM it is given, so it works on a clone and the page is never changed.
 */
export function readabilityArticle(doc: Document): ExtractedArticle | null {
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

