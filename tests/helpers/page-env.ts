// A page environment as the session builds it, for DOM tests of the content features in happy-dom.
import type { ArticleScope } from '@/utils/content/article-scope';
import type { ErrorLog } from '@/utils/content/error-log';
import type { PageState } from '@/utils/content/feature';
import { createTermReveal, glossaryMarks } from '@/utils/content/glossary-marks';
import { createLookupLog } from '@/utils/content/lookup-log';
import type { PageEnv } from '@/utils/content/page-env';
import { createReaderSource } from '@/utils/content/reader-source';
import { createTermIndex, type TermIndex, type TermScanner, type TermSpot } from '@/utils/content/term-index';
import { signalTimers } from '@/utils/content/timers';
import { BUNDLED_DATA } from '@/utils/core/bundled-data';
import { DEFAULT_SETTINGS } from '@/utils/core/storage/settings';
import type { PageTerm } from '@/utils/messaging';
import type { BlockText } from '@/utils/page/prose';

export function testPageEnv(options: { doc: Document; regions: () => Element[]; scan: TermScanner; errors: ErrorLog; state?: Partial<PageState> }, signal: AbortSignal): PageEnv {
  const article: ArticleScope = {
    current: () => {
      throw new Error('not used in tests');
    },
    regions: options.regions,
    contains: (node) => options.regions().some((region) => region.contains(node)),
  };
  const state: PageState = { settings: { ...DEFAULT_SETTINGS }, corrections: new Map(), enabled: true, ...options.state };
  return {
    doc: options.doc,
    state: () => state,
    article,
    reader: createReaderSource(async () => BUNDLED_DATA.pinyin),
    terms: createTermIndex(options.scan, (error) => options.errors.report(error)),
    lookups: createLookupLog(),
    errors: options.errors,
    timers: signalTimers(options.doc.defaultView!, signal),
    createCardView: () => {
      throw new Error('no card view in DOM tests');
    },
    lookUpWord: async () => null,
    lookUpBlock: async () => [],
    prepareWords: async () => true,
    saveCorrection: async () => ({}),
  };
}

/** Glossary marks on a page, with what the session asks of them: the term at a point, the terms, reveal. */
export interface TestMarks {
  termAt(block: BlockText, offset: number): TermSpot | undefined;
  terms(): Promise<PageTerm[]>;
  reveal(term: string): Promise<boolean>;
  /** Paints again, as a settings change would (marks off and on). */
  refresh(): void;
  stop(): void;
  index: TermIndex;
}

export function startTestMarks(options: { doc: Document; regions: () => Element[]; scan: TermScanner; errors: ErrorLog; showMarks: boolean }): TestMarks {
  const session = new AbortController();
  const env = testPageEnv(options, session.signal);
  let marks: AbortController | null = null;
  const paint = () => {
    marks?.abort();
    marks = null;
    if (!options.showMarks) return;
    marks = new AbortController();
    glossaryMarks.start(env, marks.signal);
  };
  paint();
  const reveal = createTermReveal(env, session.signal);
  return {
    termAt: (block, offset) => {
      const spot = env.terms.termAt(block, offset);
      return spot === 'pending' ? undefined : spot;
    },
    terms: () => env.terms.terms(options.regions()),
    reveal,
    refresh: paint,
    stop: () => {
      marks?.abort();
      session.abort();
    },
    index: env.terms,
  };
}
