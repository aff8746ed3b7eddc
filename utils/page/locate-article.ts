import { countHan, hasHan } from '../core/text/han';
import { pageKind, type PageKind } from '../core/site/hosts';

/** Where the article is on a page, and which rule found it (tests assert the rule). */
export interface ArticleLocation {
  kind: PageKind;
  rule: string;
  title: Element | null;
  pretitle: Element | null;
  subtitle: Element | null;
  body: Element | null;
  /** Elements whose text ZhuDu reads: title parts and body, or the headline list of a list page. */
  regions: Element[];
}

/** Parts of a page that are never the article, even inside a region found by the fallback. */
export const CHROME_SELECTOR =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], .nav, .header, .footer, #yq_3';

interface SiteRule {
  name: string;
  body: string;
  title: string;
  pretitle?: string;
  subtitle?: string;
}

/**
 * Site markup first (see shared/research/zznews-site.md §4, §7): the Founder e-paper's ids are firm,
 * the CmsTop www classes are the CMS defaults. Order matters: the most specific markup wins.
 */
const SITE_RULES: SiteRule[] = [
  { name: 'founder-epaper', body: 'founder-content', title: '#Title', pretitle: '#PreTitle', subtitle: '#SubTitle' },
  { name: 'founder-ozoom', body: '#ozoom', title: '#Title, founder-title, td.font01', pretitle: '#PreTitle, td.font02', subtitle: '#SubTitle' },
  {
    name: 'cmstop-article',
    body: '.article-content',
    title: 'h1.article-title, .article h1, h1',
    pretitle: '.article-pretitle, .pre-title',
    subtitle: '.article-subtitle, .sub-title',
  },
];

/** Headline lists: the e-paper's page view and the portal's channel pages. */
const LIST_SELECTORS = ['.news-list', '#layoutlist', 'ul.list', '.list-item', 'li.item'];

export function locateArticle(doc: Document, url: string): ArticleLocation {
  const kind = pageKind(url);
  for (const rule of SITE_RULES) {
    const body = firstWithHan(doc, rule.body);
    if (!body) continue;
    const title = firstWithHan(doc, rule.title);
    const pretitle = rule.pretitle ? firstWithHan(doc, rule.pretitle) : null;
    const subtitle = rule.subtitle ? firstWithHan(doc, rule.subtitle) : null;
    const regions = [pretitle, title, subtitle, body].filter((el): el is Element => el !== null);
    return { kind, rule: rule.name, title, pretitle, subtitle, body, regions: outermost(regions) };
  }
  const lists = LIST_SELECTORS.flatMap((selector) => [...doc.querySelectorAll(selector)]).filter(
    (el) => hasHan(el.textContent ?? '') && !el.closest(CHROME_SELECTOR),
  );
  if (lists.length > 0) {
    return { kind, rule: 'headline-list', title: null, pretitle: null, subtitle: null, body: null, regions: outermost(lists) };
  }
  const body = densestProse(doc);
  if (body) {
    const title = firstWithHan(doc, 'h1') ?? firstWithHan(doc, 'h2');
    const regions = outermost([title, body].filter((el): el is Element => el !== null));
    return { kind, rule: 'densest-paragraphs', title, pretitle: null, subtitle: null, body, regions };
  }
  const regions = doc.body && hasHan(doc.body.textContent ?? '') ? [doc.body] : [];
  return { kind, rule: regions.length ? 'whole-body' : 'none', title: null, pretitle: null, subtitle: null, body: null, regions };
}

function firstWithHan(doc: Document, selector: string): Element | null {
  for (const el of doc.querySelectorAll(selector)) {
    if (hasHan(el.textContent ?? '') && !el.closest(CHROME_SELECTOR)) return el;
  }
  return null;
}

/**
 * The generic fallback: the element whose direct <p> children hold the most Han characters.
 * Needs at least two such paragraphs, so a page of scattered snippets is not taken for an article.
 */
function densestProse(doc: Document): Element | null {
  const scores = new Map<Element, { paragraphs: number; han: number }>();
  for (const p of doc.querySelectorAll('p')) {
    const parent = p.parentElement;
    if (!parent || p.closest(CHROME_SELECTOR)) continue;
    const han = countHan(p.textContent ?? '');
    if (han < 8) continue;
    const score = scores.get(parent) ?? { paragraphs: 0, han: 0 };
    score.paragraphs++;
    score.han += han;
    scores.set(parent, score);
  }
  let best: Element | null = null;
  let bestHan = 0;
  for (const [el, score] of scores) {
    if (score.paragraphs >= 2 && score.han > bestHan) {
      best = el;
      bestHan = score.han;
    }
  }
  return best;
}

/** Drops regions that sit inside another region. */
function outermost(elements: Element[]): Element[] {
  const unique = [...new Set(elements)];
  return unique.filter((el) => !unique.some((other) => other !== el && other.contains(el)));
}
