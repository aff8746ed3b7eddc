import { countHan } from '../core/text/han';
import { locateArticle } from '../page/locate-article';

/** Less Chinese than this in a document is not worth reading (an ad, a share button). */
const READABLE_HAN = 40;
/** Rules of locate-article.ts that found one article, not a list of headlines or the whole body. */
const ARTICLE_RULES = new Set(['founder-epaper', 'founder-ozoom', 'cmstop-article', 'densest-paragraphs']);

/** The host a frame's settings follow: its own, or for about:srcdoc and about:blank frames, the nearest ancestor's it can read. */
export function frameHost(win: Window): string {
  for (let at: Window | null = win; at; at = at.parent === at ? null : at.parent) {
    try {
      if (at.location.hostname) return at.location.hostname;
    } catch {
      break; // a cross-origin ancestor
    }
  }
  return '';
}

/** How much a document is the tab's article: 2 an article, 1 other Chinese text (a headline list), 0 nothing to read. */
function weightOf(doc: Document): number {
  try {
    const { regions, rule } = locateArticle(doc, doc.URL);
    // Enough Chinese is found in the first few thousand characters; a huge page is not counted whole.
    if (regions.reduce((sum, region) => sum + countHan((region.textContent ?? '').slice(0, 4_000)), 0) < READABLE_HAN) return 0;
    return ARTICLE_RULES.has(rule) ? 2 : 1;
  } catch {
    return 0;
  }
}

/** The documents of the same-origin frames inside `doc` (a frameset's frames, iframes, srcdoc frames), nested ones too. */
function frameDocuments(doc: Document, depth = 2): Document[] {
  const docs: Document[] = [];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement | HTMLFrameElement>('iframe, frame')) {
    try {
      const inner = frame.contentDocument;
      if (!inner) continue;
      docs.push(inner);
      if (depth > 1) docs.push(...frameDocuments(inner, depth - 1));
    } catch {
      // cross-origin: its own copy of ZhuDu answers for it, if it is a zznews page
    }
  }
  return docs;
}

function readableTop(win: Window): Window | null {
  try {
    void win.top!.document;
    return win.top;
  } catch {
    return null;
  }
}

/**
 * Whether this frame's copy of ZhuDu answers the popup for the whole tab. The popup's requests go
 * to every frame and the first answer wins, so exactly one copy answers: the document that is most
 * the tab's article — the top page unless a frame of it holds the article and it does not (a
 * frameset, an article in an iframe); on a tie, the top, then the first frame.
 */
export function answersForTab(win: Window, doc: Document): boolean {
  const top = readableTop(win);
  // Under a cross-origin top there is no ZhuDu up there to answer: a frame with text answers.
  if (!top) return weightOf(doc) > 0;
  const candidates = [top.document, ...frameDocuments(top.document)];
  let best = candidates[0]!;
  let bestWeight = weightOf(best);
  for (const candidate of candidates.slice(1)) {
    const weight = weightOf(candidate);
    if (weight > bestWeight) [best, bestWeight] = [candidate, weight];
  }
  return best === doc;
}
