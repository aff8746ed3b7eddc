/**
 * Reads the article list of a headline page: the e-paper page view's title list (.news-list li a, the title in an
 * h4) and a www channel list (ul.list li.item > a[title] + span date), per shared/research/zznews-site.md §2.3,
 * §4.2 and §8.2. Page hotspots (map/area) carry no text and are left alone.
 */
import type { PageEntry } from '../core/summary/page-entries';

const ENTRY_LINKS = ['.news-list li a[href]', 'ul.list li.item > a[href]', 'li.resultList a[href]'];
/** A page lists a few dozen articles; more would be navigation, not a list to read. */
const MAX_ENTRIES = 60;
const DATE = /^\d{4}-\d{1,2}-\d{1,2}$|^\d{4}年\d{1,2}月\d{1,2}日$/u;

const clean = (text: string | null | undefined) => (text ?? '').replace(/[\s\u3000]+/g, ' ').trim();

/** The listed articles, in page order, each once (the same address twice is one entry). */
export function pageEntries(doc: Document, baseUrl: string = doc.URL): PageEntry[] {
  const seen = new Set<string>();
  const entries: PageEntry[] = [];
  for (const link of doc.querySelectorAll<HTMLAnchorElement>(ENTRY_LINKS.join(','))) {
    if (entries.length >= MAX_ENTRIES) break;
    const title = clean(link.querySelector('h4, h3')?.textContent || link.getAttribute('title') || link.textContent);
    if (!/\p{Script=Han}/u.test(title)) continue;
    let url: string;
    try {
      url = new URL(link.getAttribute('href') ?? '', baseUrl).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url) || seen.has(url)) continue;
    seen.add(url);
    const item = link.closest('li');
    const date = [...(item?.querySelectorAll('span') ?? [])].map((s) => clean(s.textContent)).find((t) => DATE.test(t));
    const intro = clean(item?.querySelector('p, .summary, .intro')?.textContent);
    entries.push({ title, url, ...(date && { date }), ...(intro && /\p{Script=Han}/u.test(intro) && { intro }) });
  }
  return entries;
}
