import type { ScannedSpot, TermScan } from '../core/glossary/scan';
import type { GlossaryEntry } from '../core/glossary/types';
import { FLASH_HIGHLIGHT, TERM_HIGHLIGHT } from '../dom-labels';
import type { PageTerm } from '../messaging';
import { eachProseBlock, proseBlocks, type BlockText } from '../page/prose';
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

/** Finds the terms of some texts: the background's scanTerms in the extension, scanTexts in tests. */
export type TermScanner = (texts: string[]) => Promise<TermScan>;

export interface GlossaryMarks {
  /**
   * The term at `offset` of a block's text, if any; undefined also while the block has not been
   * scanned yet (it is then asked for, so a later call knows). Works whether marks are shown or not.
   */
  termAt(block: BlockText, offset: number): TermSpot | undefined;
  /** The terms of the article with their counts, known ones first in order of appearance. */
  terms(): Promise<PageTerm[]>;
  /** Scrolls to the first occurrence of a term and flashes it. False when it is not on the page. */
  reveal(term: string): Promise<boolean>;
  /** Paints or clears the marks again, after the setting changed. */
  refresh(): void;
  stop(): void;
}

const TERM_STYLE = `::highlight(${TERM_HIGHLIGHT}) { background-color: rgba(64, 128, 255, 0.14); text-decoration: underline dotted rgba(40, 90, 200, 0.9); }
::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 170, 0, 0.55); }`;

/**
 * Marks the glossary terms of the article with a CSS highlight (no element is added, the text is
 * untouched) and answers which term sits under the pointer. The page only reads its blocks' text:
 * matching runs in `scan` (the background), so a news page neither builds the glossary's automaton
 * nor receives its entries as it loads. Spots are kept per block and its text, so a repaint after
 * the page changed asks only for the blocks whose text changed.
 */
export function startGlossaryMarks(env: {
  doc: Document;
  regions: () => Element[];
  showMarks: () => boolean;
  scan: TermScanner;
  errors: ErrorLog;
}): GlossaryMarks {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const marks: PageHighlight = createPageHighlight(doc, TERM_HIGHLIGHT, TERM_STYLE);
  const flash: PageHighlight = createPageHighlight(doc, FLASH_HIGHLIGHT, '');
  const scanned = new WeakMap<Node, { text: string; spots: TermSpot[] }>();
  const entries = new Map<string, GlossaryEntry>();
  /** Texts on their way to `scan`, by block, so that a block is asked for once. */
  const asked = new WeakMap<Node, { text: string; done: Promise<void> }>();
  let stopped = false;
  let flashTimer = 0;
  /** Counts the article's mutations: a scan that comes back after one may describe old text nodes. */
  let mutations = 0;

  const spotsOf = (block: BlockText): TermSpot[] | undefined => {
    const known = scanned.get(block.root);
    return known && known.text === block.text ? known.spots : undefined;
  };

  const toSpot = ({ start, end, text, entryId }: ScannedSpot): TermSpot => {
    const entry = entryId === undefined ? undefined : entries.get(entryId);
    return { start, end, text, ...(entry && { entry }) };
  };

  /** Scans the blocks not yet known, in one request. */
  const scanBlocks = (blocks: readonly BlockText[]): Promise<void> => {
    const waits: Promise<void>[] = [];
    const wanted: BlockText[] = [];
    for (const block of blocks) {
      if (spotsOf(block)) continue;
      const pending = asked.get(block.root);
      if (pending && pending.text === block.text) waits.push(pending.done);
      else wanted.push(block);
    }
    if (wanted.length > 0) {
      // Answered or failed, the blocks may be asked for again (a failed request is not remembered).
      const forget = () => wanted.forEach((block) => asked.get(block.root)?.done === done && asked.delete(block.root));
      const done: Promise<void> = env.scan(wanted.map((block) => block.text)).then(
        (found) => {
          forget();
          if (stopped) return;
          for (const entry of found.entries) entries.set(entry.id, entry);
          wanted.forEach((block, i) => scanned.set(block.root, { text: block.text, spots: (found.spots[i] ?? []).map(toSpot) }));
        },
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      for (const block of wanted) asked.set(block.root, { text: block.text, done });
      waits.push(done);
    }
    return Promise.all(waits).then(() => undefined);
  };

  const failed = (error: unknown) => {
    if (!stopped) errors.guard(() => { throw error; })();
  };

  // Painting walks the blocks in slices of a few ms (on a 200,000-character page one pass was a
  // 100 ms task); each slice's unknown blocks go to `scan` together. The marks already shown stay
  // until the new set is complete; the first time, they appear as the answers come.
  interface Painting { blocks: Iterator<BlockText>; ranges: Range[]; walked: boolean; waiting: number }
  let painting: Painting | null = null;
  let painted = false;

  const addRanges = (p: Painting, block: BlockText) => {
    for (const spot of spotsOf(block) ?? []) if (spot.entry) p.ranges.push(block.rangeOf(spot.start, spot.end));
  };
  const show = (p: Painting) => {
    if (painting !== p) return;
    const complete = p.walked && p.waiting === 0;
    if (env.showMarks() && (complete || !painted)) marks.set(p.ranges);
    if (complete) {
      painting = null;
      painted = true;
    }
  };

  const painter = createSliceRunner(win, errors, (timeLeft) => {
    const p = painting;
    if (!p || p.walked) return false;
    const unknown: BlockText[] = [];
    do {
      const next = p.blocks.next();
      if (next.done) {
        p.walked = true;
        break;
      }
      if (spotsOf(next.value)) addRanges(p, next.value);
      else unknown.push(next.value);
    } while (timeLeft());
    if (unknown.length > 0) {
      p.waiting++;
      const seen = mutations;
      scanBlocks(unknown)
        .then(() => {
          if (painting !== p) return;
          p.waiting--;
          // After a change to the article its repaint is due (the observer below): paint these then.
          if (seen === mutations) for (const block of unknown) addRanges(p, block);
          show(p);
        })
        .catch(failed);
    }
    show(p);
    return !p.walked;
  });

  const paint = () => {
    // The article is scanned even with marks off: the card still names the term under the pointer.
    if (!env.showMarks()) marks.set([]);
    painting = { blocks: eachProseBlock(env.regions()), ranges: [], walked: false, waiting: 0 };
    painter.wake();
  };

  // The article may be rewritten (CmsTop's "阅读全文", live pages): repaint at most every 500 ms.
  let repaintTimer = 0;
  const observer = new MutationObserver(
    errors.guard(() => {
      mutations++;
      if (!repaintTimer) repaintTimer = win.setTimeout(errors.guard(() => ((repaintTimer = 0), paint())), 500);
    }),
  );
  for (const region of env.regions()) observer.observe(region, { childList: true, subtree: true, characterData: true });
  errors.guard(paint)();

  /** The article's blocks, every one scanned. */
  const scannedBlocks = async (): Promise<BlockText[]> => {
    const blocks = proseBlocks(env.regions());
    await scanBlocks(blocks);
    return blocks;
  };

  return {
    termAt(block, offset) {
      const spots = spotsOf(block);
      if (!spots) {
        scanBlocks([block]).catch(failed);
        return undefined;
      }
      return spots.find((spot) => spot.start <= offset && offset < spot.end);
    },
    async terms() {
      // Block by block, as marks and reveal() read the text: joined, a term could run from one paragraph into the next.
      const rows = new Map<string, PageTerm>();
      for (const block of await scannedBlocks()) {
        for (const { text, entry } of spotsOf(block) ?? []) {
          const key = entry ? `known:${entry.id}` : `unknown:${text}`;
          const row = rows.get(key);
          if (row) row.count++;
          else rows.set(key, { term: entry?.term ?? text, count: 1, known: Boolean(entry), ...(entry && { id: entry.id, gloss: entry.gloss_en, scope: entry.scope }) });
        }
      }
      return [...rows.values()];
    },
    async reveal(term) {
      for (const block of await scannedBlocks()) {
        const spot = spotsOf(block)?.find((s) => (s.entry ? s.entry.term === term || s.entry.id === term : s.text === term));
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
      stopped = true;
      painting = null;
      painter.stop();
      observer.disconnect();
      win.clearTimeout(repaintTimer);
      win.clearTimeout(flashTimer);
      marks.destroy();
      flash.destroy();
    },
  };
}
