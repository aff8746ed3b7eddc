import { FLASH_HIGHLIGHT, TERM_HIGHLIGHT } from '../dom-labels';
import { ELEMENT_NODE } from '../page/dom-constants';
import { watchNearbyBlocks } from '../page/nearby-blocks';
import { createPageHighlight, type PageHighlight } from '../page/page-highlight';
import { eachBlockRoot, proseOf, type BlockText } from '../page/prose';
import type { PageFeature } from './feature';
import type { PageEnv } from './page-env';
import { createSliceRunner } from './slice-runner';
import { signalTimers, type Timers } from './timers';
import HIGHLIGHTS_CSS from './styles/highlights.css?inline';

/** The article is repainted at most this often while the page keeps changing it. */
const REPAINT_MS = 500;

/**
 * Marks the glossary terms of the article with a CSS highlight: no element is added and the text is
 * untouched. The page only reads its blocks' text; matching runs in the background (term-index.ts).
 * Only blocks near the viewport are marked, as they come near: a long article would otherwise hold
 * tens of thousands of ranges, which the browser re-examines at every paint (on a 1,000,000-
 * character page, 100–170 ms of pre-paint per frame in Chromium). The ranges are static, so the
 * page's own writes never have to update them.
 */
export const glossaryMarks: PageFeature = {
  name: 'glossary-marks',
  key: ({ settings }) => (settings.glossaryMarks ? 'on' : null),
  start(env, signal) {
    const { doc, errors } = env;
    const timers = signalTimers(doc.defaultView!, signal);
    const marks = createPageHighlight(doc, TERM_HIGHLIGHT, HIGHLIGHTS_CSS);
    signal.addEventListener('abort', errors.guard(() => marks.destroy()));
    let round: AbortController | null = null;
    const paint = (replacing: boolean) => {
      round?.abort();
      round = new AbortController();
      paintNearby(env, marks, timers, round.signal, replacing);
    };
    // The article may be rewritten (CmsTop's "阅读全文", live pages): paint again at most every 500 ms.
    let repaintTimer = 0;
    const observer = new MutationObserver(
      errors.guard(() => {
        if (!repaintTimer) repaintTimer = timers.timeout(errors.guard(() => ((repaintTimer = 0), paint(true))), REPAINT_MS);
      }),
    );
    signal.addEventListener('abort', () => {
      observer.disconnect();
      round?.abort();
    });
    for (const region of env.article.regions()) observer.observe(region, { childList: true, subtree: true, characterData: true });
    paint(false);
  },
};

/**
 * One painting of the article: its blocks are listed a few ms at a time and watched; each block that
 * comes near the viewport is scanned (with the others of its slice, in one request) and its terms
 * marked. A repaint keeps the old marks until its first blocks are done.
 */
function paintNearby(env: PageEnv, marks: PageHighlight, timers: Timers, signal: AbortSignal, replacing: boolean): void {
  const { doc, errors } = env;
  const roots = eachBlockRoot(env.article.regions());
  let listed = false;
  const near: Node[] = [];
  let stale = replacing;
  const mark = (blocks: readonly BlockText[]) => {
    if (signal.aborted) return;
    const ranges: AbstractRange[] = [];
    for (const block of blocks) for (const spot of env.terms.spotsOf(block) ?? []) if (spot.entryId) ranges.push(block.staticRangeOf(spot.start, spot.end));
    if (stale) marks.set(ranges);
    else marks.add(ranges);
    stale = false;
  };
  const runner = createSliceRunner(timers, errors, (timeLeft) => {
    if (signal.aborted) return false;
    const watched: Element[] = [];
    while (!listed && timeLeft()) {
      const next = roots.next();
      if (next.done) listed = true;
      else if (next.value.nodeType === ELEMENT_NODE) watched.push(next.value as Element);
      else near.push(next.value); // prose straight in a shadow root: nothing to watch, mark it now
    }
    if (watched.length > 0) nearby.watch(watched);
    const blocks: BlockText[] = [];
    while (near.length > 0 && timeLeft()) blocks.push(proseOf(near.shift()!));
    if (blocks.length > 0) env.terms.scan(blocks).then(() => mark(blocks), (error: unknown) => !signal.aborted && errors.report(error));
    if (listed && near.length === 0 && stale && blocks.length === 0) mark([]); // nothing near: a repaint clears the old marks
    return !listed || near.length > 0;
  });
  const nearby = watchNearbyBlocks(doc.defaultView!, errors.guard, (found) => {
    for (const { block } of found) near.push(block);
    runner.wake();
  });
  signal.addEventListener('abort', () => nearby.disconnect());
  runner.wake();
}

/** Scrolls to the first occurrence of a term and flashes it; false when it is not on the page. */
export function createTermReveal(env: PageEnv, signal: AbortSignal): (term: string) => Promise<boolean> {
  const flash = createPageHighlight(env.doc, FLASH_HIGHLIGHT, HIGHLIGHTS_CSS);
  const timers = signalTimers(env.doc.defaultView!, signal);
  signal.addEventListener('abort', env.errors.guard(() => flash.destroy()));
  let timer = 0;
  return async (term) => {
    const found = await env.terms.find(env.article.regions(), term);
    if (!found || signal.aborted) return false;
    const range = found.block.rangeOf(found.spot.start, found.spot.end);
    (range.startContainer.parentElement ?? (found.block.root as Element)).scrollIntoView?.({ block: 'center' });
    flash.set([range]);
    timers.clearTimeout(timer);
    timer = timers.timeout(env.errors.guard(() => flash.set([])), 2000);
    return true;
  };
}
