import { FLASH_HIGHLIGHT, TERM_HIGHLIGHT } from '../dom-labels';
import { eachProseBlock, type BlockText } from '../page/prose';
import { createPageHighlight } from '../page/page-highlight';
import type { PageFeature } from './feature';
import type { PageEnv } from './page-env';
import { createSliceRunner } from './slice-runner';
import { signalTimers } from './timers';
import HIGHLIGHTS_CSS from './styles/highlights.css?inline';

/** The article is repainted at most this often while the page keeps changing it. */
const REPAINT_MS = 500;

/**
 * Marks the glossary terms of the article with a CSS highlight: no element is added and the text is
 * untouched. The page only reads its blocks' text; matching runs in the background (term-index.ts).
 * Painting walks the blocks in slices of a few ms (on a 200,000-character page one pass was a
 * 100 ms task); each slice's unknown blocks go to the background together. The marks already shown
 * stay until the new set is complete; the first time, they appear as the answers come.
 */
export const glossaryMarks: PageFeature = {
  name: 'glossary-marks',
  key: ({ settings }) => (settings.glossaryMarks ? 'on' : null),
  start(env, signal) {
    const { doc, errors, terms } = env;
    const timers = signalTimers(doc.defaultView!, signal);
    const marks = createPageHighlight(doc, TERM_HIGHLIGHT, HIGHLIGHTS_CSS);
    signal.addEventListener('abort', errors.guard(() => marks.destroy()));

    interface Painting { blocks: Iterator<BlockText>; ranges: Range[]; walked: boolean; waiting: number }
    let painting: Painting | null = null;
    let painted = false;
    /** Counts the article's mutations: a scan that comes back after one may describe old text nodes. */
    let mutations = 0;

    const addRanges = (p: Painting, block: BlockText) => {
      const found: Range[] = [];
      for (const spot of terms.spotsOf(block) ?? []) if (spot.entry) found.push(block.rangeOf(spot.start, spot.end));
      p.ranges.push(...found);
      // The first time, marks appear as their blocks are scanned; a repaint swaps the whole set at the end.
      if (!painted && painting === p) marks.add(found);
    };
    const show = (p: Painting) => {
      if (painting !== p || signal.aborted) return;
      if (!p.walked || p.waiting > 0) return;
      if (painted) marks.set(p.ranges);
      painting = null;
      painted = true;
    };

    const painter = createSliceRunner(timers, errors, (timeLeft) => {
      const p = painting;
      if (!p || p.walked) return false;
      const unknown: BlockText[] = [];
      do {
        const next = p.blocks.next();
        if (next.done) {
          p.walked = true;
          break;
        }
        if (terms.spotsOf(next.value)) addRanges(p, next.value);
        else unknown.push(next.value);
      } while (timeLeft());
      if (unknown.length > 0) {
        p.waiting++;
        const seen = mutations;
        terms
          .scan(unknown)
          .then(() => {
            if (painting !== p) return;
            p.waiting--;
            // After a change to the article its repaint is due (the observer below): paint these then.
            if (seen === mutations) for (const block of unknown) addRanges(p, block);
            show(p);
          })
          .catch((error: unknown) => {
            if (!signal.aborted) errors.report(error);
          });
      }
      show(p);
      return !p.walked;
    });

    const paint = () => {
      if (!painted) marks.set([]); // a first painting cut short starts over
      painting = { blocks: eachProseBlock(env.article.regions()), ranges: [], walked: false, waiting: 0 };
      painter.wake();
    };

    // The article may be rewritten (CmsTop's "阅读全文", live pages): repaint at most every 500 ms.
    let repaintTimer = 0;
    const observer = new MutationObserver(
      errors.guard(() => {
        mutations++;
        if (!repaintTimer) repaintTimer = timers.timeout(errors.guard(() => ((repaintTimer = 0), paint())), REPAINT_MS);
      }),
    );
    signal.addEventListener('abort', () => observer.disconnect());
    for (const region of env.article.regions()) observer.observe(region, { childList: true, subtree: true, characterData: true });
    paint();
  },
};

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
