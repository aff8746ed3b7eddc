// Not the glossary's index module: it would bring the bundled entries into content.js (see engine-data.ts).
import { glossaryMatcher, summarizeGlossaryTerms } from '../core/glossary/default-glossary';
import { glossaryEntry } from '../core/glossary/store';
import type { GlossaryEntry } from '../core/glossary/types';
import { findUnexplained } from '../core/glossary/unexplained';
import { ORDINARY_QUOTE_SET } from '../core/glossary/exclusions';
import { FLASH_HIGHLIGHT, TERM_HIGHLIGHT } from '../dom-labels';
import type { PageTerm } from '../messaging';
import { articleBlocks, eachArticleBlock } from '../page/article-blocks';
import type { BlockText } from '../page/block-text';
import { createPageHighlight, type PageHighlight } from '../page/page-highlight';
import type { ErrorLog } from './error-log';
import { createSliceRunner } from './slice-runner';

/** A glossary term (or an unexplained slogan) at a place in a block's text. */
export interface TermSpot {
  start: number;
  end: number;
  text: string;
  entry?: GlossaryEntry;
}

export interface GlossaryMarks {
  /** The term at `offset` of a block's text, if any. Works whether marks are shown or not. */
  termAt(block: BlockText, offset: number): TermSpot | undefined;
  /** The terms of the article with their counts, known ones first in order of appearance. */
  terms(): PageTerm[];
  /** Scrolls to the first occurrence of a term and flashes it. False when it is not on the page. */
  reveal(term: string): boolean;
  /** Paints or clears the marks again, after the setting changed. */
  refresh(): void;
  stop(): void;
}

const TERM_STYLE = `::highlight(${TERM_HIGHLIGHT}) { background-color: rgba(64, 128, 255, 0.14); text-decoration: underline dotted rgba(40, 90, 200, 0.9); }
::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 170, 0, 0.55); }`;

function spotsIn(text: string): TermSpot[] {
  const hits = glossaryMatcher().find(text);
  const spots: TermSpot[] = hits.map((hit) => ({ start: hit.start, end: hit.end, text: hit.text, entry: glossaryEntry(hit.entryId) }));
  for (const phrase of findUnexplained(text, hits, ORDINARY_QUOTE_SET)) {
    spots.push({ start: phrase.start, end: phrase.end, text: phrase.text });
  }
  return spots;
}

/**
 * Marks the glossary terms of the article with a CSS highlight (no element is added, the text is
 * untouched) and answers which term sits under the pointer. Marks follow the article when the
 * page rewrites it; the scan is one linear pass per block.
 */
export function startGlossaryMarks(env: {
  doc: Document;
  regions: () => Element[];
  showMarks: () => boolean;
  errors: ErrorLog;
}): GlossaryMarks {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const marks: PageHighlight = createPageHighlight(doc, TERM_HIGHLIGHT, TERM_STYLE);
  const flash: PageHighlight = createPageHighlight(doc, FLASH_HIGHLIGHT, '');
  const spotCache = new WeakMap<Node, { text: string; spots: TermSpot[] }>();
  let flashTimer = 0;

  const spotsOf = (block: BlockText): TermSpot[] => {
    const cached = spotCache.get(block.root);
    if (cached && cached.text === block.text) return cached.spots;
    const spots = spotsIn(block.text);
    spotCache.set(block.root, { text: block.text, spots });
    return spots;
  };

  // Painting goes block by block in slices of a few ms: on a 200,000-character page one pass was
  // a 100 ms task. The marks already shown stay until the new set is complete.
  let painting: { blocks: Iterator<BlockText>; ranges: Range[] } | null = null;
  let painted = false;
  const painter = createSliceRunner(win, errors, (timeLeft) => {
    if (!painting) return false;
    do {
      const next = painting.blocks.next();
      if (next.done) {
        marks.set(painting.ranges);
        painting = null;
        painted = true;
        return false;
      }
      const block = next.value;
      for (const spot of spotsOf(block)) if (spot.entry) painting.ranges.push(block.rangeOf(spot.start, spot.end));
    } while (timeLeft());
    // The first time, show the top of the article at once; later the old marks stand in.
    if (!painted) marks.set(painting.ranges);
    return true;
  });

  const paint = () => {
    if (!env.showMarks()) {
      painting = null;
      marks.set([]);
      return;
    }
    painting = { blocks: eachArticleBlock(env.regions()), ranges: [] };
    painter.wake();
  };

  // The article may be rewritten (CmsTop's "阅读全文", live pages): repaint at most every 500 ms.
  let repaintTimer = 0;
  const observer = new MutationObserver(
    errors.guard(() => {
      if (!repaintTimer) repaintTimer = win.setTimeout(errors.guard(() => ((repaintTimer = 0), paint())), 500);
    }),
  );
  for (const region of env.regions()) observer.observe(region, { childList: true, subtree: true, characterData: true });
  errors.guard(paint)();

  return {
    termAt(block, offset) {
      return spotsOf(block).find((spot) => spot.start <= offset && offset < spot.end);
    },
    terms() {
      // Block by block, as marks and reveal() read the text: joined, a term could run from one paragraph into the next.
      const rows = new Map<string, PageTerm>();
      for (const block of articleBlocks(env.regions())) {
        for (const { term, count, known, entry } of summarizeGlossaryTerms(block.text)) {
          const key = entry ? `known:${entry.id}` : `unknown:${term}`;
          const row = rows.get(key);
          if (row) row.count += count;
          else rows.set(key, { term, count, known, ...(entry && { id: entry.id, gloss: entry.gloss_en, scope: entry.scope }) });
        }
      }
      return [...rows.values()];
    },
    reveal(term) {
      for (const block of articleBlocks(env.regions())) {
        const spot = spotsOf(block).find((s) => (s.entry ? s.entry.term === term || s.entry.id === term : s.text === term));
        if (!spot) continue;
        const range = block.rangeOf(spot.start, spot.end);
        (range.startContainer.parentElement ?? (block.root as Element)).scrollIntoView?.({ block: 'center' });
        flash.set([range]);
        win.clearTimeout(flashTimer);
        flashTimer = win.setTimeout(errors.guard(() => flash.set([])), 2000);
        return true;
      }
      return false;
    },
    refresh: errors.guard(paint),
    stop() {
      painter.stop();
      observer.disconnect();
      win.clearTimeout(repaintTimer);
      win.clearTimeout(flashTimer);
      marks.destroy();
      flash.destroy();
    },
  };
}
