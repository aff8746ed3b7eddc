import { countHan } from '../core/text/han';
import { isEnabledOn } from '../core/storage/settings';
import { answerMessages, type PageStatus } from '../messaging';
import { extractArticle } from '../page/extract-article';
import { pageEntries } from '../page/page-entries';
import { answersForTab, frameHost } from './frames';
import type { PageEnv } from './page-env';

/**
 * The popup and the study sheet get at most this much of an article (a news story is under 10,000):
 * a page of a million characters is read up to here, quickly, and the reader is told so.
 */
const MAX_ARTICLE_CHARS = 30_000;
/** Counting Chinese for the popup's status reads this much at most. */
const STATUS_SAMPLE_CHARS = 200_000;

/**
 * Answers what the popup, the study sheet and the background (a keyboard shortcut) ask of this page. Only the copy of ZhuDu that holds the
 * tab's article answers (frames.ts); the others leave it to that one. Returns the function that stops.
 */
export function answerPopup(env: PageEnv, reveal: (term: string) => Promise<boolean>, startReading: () => boolean): () => void {
  const { doc, article } = env;
  const win = doc.defaultView!;
  const host = frameHost(win);
  const forTab = () => answersForTab(win, doc);
  const pageStatus = (): PageStatus => {
    const found = article.current();
    return {
      host,
      kind: found.kind,
      enabled: isEnabledOn(env.state().settings, host),
      articleTitle: found.title?.textContent?.trim() || null,
      hanCount: found.regions.reduce((sum, region) => sum + countHan((region.textContent ?? '').slice(0, STATUS_SAMPLE_CHARS)), 0),
      errors: { count: env.errors.count, last: env.errors.last },
      entryCount: found.title ? 0 : pageEntries(doc).length,
      ...(win !== win.top && { frameUrl: doc.URL }),
    };
  };
  return answerMessages({
    getPageStatus: () => (forTab() ? pageStatus() : undefined),
    getPageTerms: () => (forTab() ? env.terms.terms(article.regions()) : undefined),
    revealTerm: ({ term }) => (forTab() ? reveal(term) : undefined),
    getArticle: () => {
      if (!forTab()) return undefined;
      const extracted = extractArticle(doc, doc.URL, undefined, { maxChars: MAX_ARTICLE_CHARS });
      return {
        title: extracted.title || null,
        subtitle: extracted.subtitle ?? null,
        paragraphs: extracted.paragraphs,
        source: extracted.source,
        ...(extracted.truncated && { truncatedAt: MAX_ARTICLE_CHARS }),
        ...(extracted.source === 'none' && { entries: pageEntries(doc) }),
      };
    },
    getStudyExtras: () => (forTab() ? { url: doc.URL, lookups: env.lookups.list() } : undefined),
    startReading: () => (forTab() ? startReading() : undefined),
  });
}
