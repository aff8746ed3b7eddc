import { composedClosest, composedContains } from '../page/composed';
import { CHROME_SELECTOR, locateArticle, type ArticleLocation } from '../page/locate-article';

/** Rules that guessed the article from the page's shape; only they need nav and footers cut out. */
const FALLBACK_RULES = new Set(['densest-paragraphs', 'whole-body']);

/** Where the article is on the page, found again whenever the page replaced part of it. */
export interface ArticleScope {
  current(): ArticleLocation;
  /** The elements whose text ZhuDu reads. */
  regions(): Element[];
  /** Whether a node belongs to the text ZhuDu reads (the article, not nav or footer). */
  contains(node: Node): boolean;
}

export function createArticleScope(doc: Document, url: () => string): ArticleScope {
  let article: ArticleLocation | null = null;
  // Pages rewrite themselves (CmsTop's "阅读全文" replaces the body): find the article again when a region left.
  const current = () => {
    if (!article || article.regions.some((region) => !region.isConnected)) article = locateArticle(doc, url());
    return article;
  };
  return {
    current,
    regions: () => current().regions,
    contains(node) {
      const { regions, rule } = current();
      if (!regions.some((region) => composedContains(region, node))) return false;
      return !FALLBACK_RULES.has(rule) || !composedClosest(node, CHROME_SELECTOR);
    },
  };
}
