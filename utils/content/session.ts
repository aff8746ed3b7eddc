import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { countHan } from '../core/text/han';
import { ACTIVE_ATTRIBUTE, ACTIVE_VALUE } from '../dom-labels';
import { answerMessages, sendToBackground, type PageStatus } from '../messaging';
import { composedClosest, composedContains } from '../page/composed';
import { CHROME_SELECTOR, locateArticle, type ArticleLocation } from '../page/locate-article';
import { DEFAULT_SETTINGS, isEnabledOn, type Settings } from '../core/storage/settings';
import { readCorrections, readSettings, watchCorrections, watchSettings } from '../storage/local-items';
import { extractArticle } from '../page/extract-article';
import { createReaderSource } from './pinyin-data';
import { createErrorLog } from './error-log';
import { startGlossaryMarks, type GlossaryMarks } from './glossary-marks';
import { startHoverPinyin } from './hover-pinyin';
import { studyExtras } from './study-export';
import { rubyModeKey, startRubyMode } from './ruby-mode';

/** Rules that guessed the article from the page's shape; only they need nav and footers cut out. */
const FALLBACK_RULES = new Set(['densest-paragraphs', 'whole-body']);

/**
 * ZhuDu on one page: follows the settings, starts the features while ZhuDu is on for this host and
 * takes everything back out when it is switched off or the extension goes away.
 */
export function startSession(ctx: ContentScriptContext, doc: Document = document, loc: Location = location): void {
  const host = loc.hostname;
  const reader = createReaderSource(() => sendToBackground('getPinyinTables', undefined));
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let article: ArticleLocation | null = null;
  let stopFeatures: (() => void) | null = null;
  let glossary: GlossaryMarks | null = null;
  let stopRuby: (() => void) | null = null;
  let rubyKey: string | null = null;
  let corrections = new Map<string, string>();
  // A copy of ZhuDu left on the page after the extension was updated or reloaded can no longer reach
  // the background; asking isInvalid then stops it (ctx.onInvalidated below) instead of logging every failure.
  const errors = createErrorLog((error) => {
    if (!ctx.isInvalid) console.error('ZhuDu:', error);
  });

  // Pages rewrite themselves (CmsTop's "阅读全文" replaces the body): find the article again when a region left.
  const currentArticle = () => {
    if (!article || article.regions.some((region) => !region.isConnected)) article = locateArticle(doc, loc.href);
    return article;
  };

  const inScope = (node: Node) => {
    const { regions, rule } = currentArticle();
    if (!regions.some((region) => composedContains(region, node))) return false;
    return !FALLBACK_RULES.has(rule) || !composedClosest(node, CHROME_SELECTOR);
  };

  const regions = () => currentArticle().regions;

  const activate = () => {
    doc.documentElement.setAttribute(ACTIVE_ATTRIBUTE, ACTIVE_VALUE);
    const scan = (texts: string[]) => sendToBackground('scanTerms', { texts });
    const marks = startGlossaryMarks({ doc, regions, showMarks: () => settings.glossaryMarks, scan, errors });
    glossary = marks;
    const stopHover = startHoverPinyin({
      doc,
      settings: () => settings,
      corrections: () => corrections,
      inScope,
      termAt: marks.termAt,
      errors,
      reader,
    });
    return () => {
      stopHover();
      marks.stop();
      glossary = null;
      doc.documentElement.removeAttribute(ACTIVE_ATTRIBUTE);
    };
  };

  const apply = () => {
    const wanted = isEnabledOn(settings, host) && !ctx.isInvalid;
    if (wanted && !stopFeatures) stopFeatures = activate();
    if (!wanted && stopFeatures) {
      stopFeatures();
      stopFeatures = null;
    }
    glossary?.refresh();
    // Ruby mode restarts when the settings it is drawn with change (tone style, sandhi, colours).
    const wantedRuby = stopFeatures && settings.ruby ? rubyModeKey(settings) : null;
    const loaded = reader.current();
    if (wantedRuby && !loaded) {
      // Ruby starts when the tables are here; apply() runs again then and sees the settings of that moment.
      reader.load().then(errors.guard(apply), errors.guard((error: unknown) => {
        throw error;
      }));
      return;
    }
    if (wantedRuby !== rubyKey) {
      stopRuby?.();
      stopRuby = null;
      rubyKey = wantedRuby;
      if (wantedRuby && loaded) stopRuby = startRubyMode({ doc, regions, settings: () => settings, corrections: () => corrections, errors, reader: loaded });
    }
  };

  const pageStatus = (): PageStatus => {
    const found = currentArticle();
    return {
      host,
      kind: found.kind,
      enabled: isEnabledOn(settings, host),
      articleTitle: found.title?.textContent?.trim() || null,
      hanCount: found.regions.reduce((sum, region) => sum + countHan(region.textContent ?? ''), 0),
      errors: { count: errors.count, last: errors.last },
    };
  };

  const stopAnswering = answerMessages({
    getPageStatus: pageStatus,
    getPageTerms: () => glossary?.terms() ?? [],
    revealTerm: ({ term }) => glossary?.reveal(term) ?? false,
    getArticle: () => {
      const article = extractArticle(doc, loc.href);
      return {
        title: article.title || null,
        subtitle: article.subtitle ?? null,
        paragraphs: article.paragraphs,
        source: article.source,
      };
    },
    getStudyExtras: () => studyExtras(doc, loc),
  });
  const stopWatching = watchSettings(
    errors.guard((next: Settings) => {
      settings = next;
      apply();
    }),
  );
  // Ruby restarts to redraw with the new readings; hover reads them on its next lookup.
  const stopWatchingCorrections = watchCorrections(
    errors.guard((next: Map<string, string>) => {
      corrections = next;
      if (stopRuby) {
        stopRuby();
        stopRuby = null;
        rubyKey = null;
        apply();
      }
    }),
  );
  void readCorrections().then(errors.guard((loaded: Map<string, string>) => (corrections = loaded)));
  ctx.onInvalidated(() => {
    stopAnswering();
    stopWatching();
    stopWatchingCorrections();
    apply();
  });
  void readSettings().then(
    errors.guard((loaded: Settings) => {
      settings = loaded;
      apply();
    }),
  );
}
