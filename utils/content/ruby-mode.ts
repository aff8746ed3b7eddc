import { CHROME_SELECTOR } from '../page/locate-article';
import { createDomJournal } from '../page/dom-journal';
import { watchNearbyBlocks, type NearBlock } from '../page/nearby-blocks';
import { RUBY_CLASS } from '../dom-labels';
import { BLOCK_SELECTOR, BLOCK_TAGS } from '../page/prose';
import { annotateBlock, isAnnotatable, sentenceReader, type RubyOptions } from '../page/ruby';
import type { Settings } from '../core/storage/settings';
import type { ErrorLog } from './error-log';
import type { Corrections } from '../core/pinyin/corrections';
import type { PinyinReader } from '../core/pinyin/readings';
import { installRubyStyle } from './ruby-style';
import { createSliceRunner } from './slice-runner';

export interface RubyModeEnv {
  doc: Document;
  /** The article's elements; asked again when the page changes (CmsTop replaces its body). */
  regions: () => Element[];
  settings: () => Settings;
  /** The user's own readings, as hover applies them. */
  corrections?: () => Corrections;
  errors: ErrorLog;
  reader: PinyinReader;
}

/** The settings ruby is drawn with: when this changes, the session restarts ruby mode. */
export function rubyModeKey(settings: Settings): string {
  return `${settings.toneStyle}|${settings.toneSandhi}|${settings.toneColors}`;
}

/**
 * Rubies written per frame. New ruby costs the browser 0.1–0.2 ms each to lay out and paint, in the
 * frame after the write (Chromium, bench/ruby.bench.ts), so a frame stays near 25 ms on an ordinary
 * article. Smaller batches would not help a huge page: there every frame that changes a paragraph's
 * height costs ~40 ms of re-placing all the paragraphs after it, and fewer such frames is better.
 */
const RUBIES_PER_FRAME = 200;

/**
 * Script time per slice when switching off, ms. Taking ruby out costs ≈ 10 µs per ruby, and on a huge
 * page every frame that changes it costs ~40 ms to draw whatever was changed: bigger slices mean
 * fewer such frames (hostile-huge: ~3 s in ~50 frames instead of ~20 s). An ordinary article is back
 * within the first slice, before stop() returns.
 */
const REVERT_SLICE_MS = 30;

/** Page rewrites handled between two prunings of the journal (a page that rewrites itself forever). */
const PRUNE_EVERY = 64;

/**
 * Pinyin over the whole article. Paragraphs are annotated as they come near the viewport, a few
 * sentences per task; content the page adds or rewrites later is annotated too. The returned
 * function stops everything and puts the page back exactly as it was (dom-journal.ts): at once for
 * an ordinary article, over a few frames for a huge one, so that switching off never freezes the page.
 */
export function startRubyMode(env: RubyModeEnv): () => void {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const journal = createDomJournal();
  const removeStyle = installRubyStyle(doc, journal);
  const { toneStyle, toneSandhi, toneColors } = env.settings();

  const regions = new Set<Element>();
  const inView = new Set<Element>();
  const later = new Set<Element>();
  let current: Iterator<unknown> | null = null;
  let batches = 0;
  let written = 0;
  let stopped = false;

  const options: RubyOptions = {
    read: sentenceReader(env.reader, { toneStyle, toneSandhi, ...(env.corrections && { corrections: env.corrections() }) }),
    toneColors,
    journal: {
      replaceText(original, nodes) {
        if (!journal.replaceText(original, nodes)) return false;
        for (const node of nodes) if (node.nodeType === Node.ELEMENT_NODE) written++;
        // A page may keep writing to a text node it holds (a ticker): hear it although the node is out.
        mutations.observe(original, { characterData: true });
        return true;
      },
    },
  };

  /** The block that owns a node's text: its nearest paragraph-like ancestor, or the region. Null outside the regions. */
  const blockOf = (node: Node): Element | null => {
    let block: Element | null = null;
    for (let at = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; at; at = at.parentElement) {
      if (regions.has(at)) return block ?? at;
      if (!block && BLOCK_TAGS.has(at.tagName.toUpperCase())) block = at;
    }
    return null;
  };

  const regionOf = (node: Element): Element | null => {
    for (let at: Element | null = node; at; at = at.parentElement) if (regions.has(at)) return at;
    return null;
  };

  /** Navigation and footers inside a region (the whole-body fallback) get no ruby. */
  const isChrome = (block: Element, region: Element) => {
    const chrome = block.closest(CHROME_SELECTOR);
    return chrome !== null && chrome !== region && region.contains(chrome);
  };

  /** Watches the blocks at and under `root` for coming into view. */
  const watchBlocks = (root: Element) => {
    const region = regionOf(root);
    if (!region) return;
    const blocks = [...root.querySelectorAll(BLOCK_SELECTOR)];
    if (root === region || BLOCK_TAGS.has(root.tagName.toUpperCase())) blocks.unshift(root);
    nearby.watch(blocks.filter((block) => !isChrome(block, region)));
  };

  const refreshRegions = () => {
    for (const region of regions) if (!region.isConnected) regions.delete(region);
    for (const region of env.regions()) {
      if (regions.has(region)) continue;
      regions.add(region);
      watchBlocks(region);
    }
  };

  const queueBlockOf = (node: Node) => {
    const block = blockOf(node);
    // Blocks that came near once are kept annotated; the others will be when they come near.
    if (block && nearby.isSeen(block)) later.add(block);
  };

  /** Gives the page back its own text nodes for our rubies in or at `root`. */
  const takeBack = (root: Node) => {
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    const element = root as Element;
    const ours = element.matches(`ruby.${RUBY_CLASS}`) ? [element] : element.querySelectorAll(`ruby.${RUBY_CLASS}`);
    for (const ruby of ours) {
      const original = journal.originalOf(ruby);
      if (original) journal.restoreText(original);
    }
  };

  /**
   * The page made an element editable, or stopped: rubies come out of what the reader may now edit,
   * and go back in when it is prose again (found by the fuzz, tests/dom/fuzz/regressions.test.ts).
   */
  const editableChanged = (element: Element) => {
    if (!isAnnotatable(element)) return takeBack(element);
    for (const block of [element, ...element.querySelectorAll(BLOCK_SELECTOR)]) if (nearby.isSeen(block)) later.add(block);
    queueBlockOf(element);
  };

  /** The page changed something: annotate what it added, and give back what it edited of ours. */
  const handle = (records: MutationRecord[]) => {
    if (records.length === 0) return;
    refreshRegions();
    for (const record of records) {
      const { target } = record;
      if (record.type === 'attributes') {
        editableChanged(target as Element);
        continue;
      }
      if (record.type === 'characterData') {
        const original = target.nodeType === Node.TEXT_NODE && journal.isReplaced(target as Text) ? (target as Text) : journal.originalOf(target);
        if (original) journal.restoreText(original);
        queueBlockOf(original ?? target);
        continue;
      }
      for (const added of record.addedNodes) {
        if (added.nodeType !== Node.ELEMENT_NODE) continue;
        watchBlocks(added as Element);
        // Our ruby moved by the page into an editor, a form field or a ruby of its own: it goes back to text.
        if (target.nodeType === Node.ELEMENT_NODE && !isAnnotatable(target as Element)) takeBack(added);
      }
      queueBlockOf(target);
    }
    if (++batches % PRUNE_EVERY === 0) journal.prune();
  };

  const takeNext = (): Element | undefined => {
    for (const queue of [inView, later]) {
      for (const block of queue) {
        queue.delete(block);
        if (block.isConnected) return block;
      }
    }
    return undefined;
  };

  // A step that throws loses its block, not the whole mode: the error is counted and the next block runs.
  const step = errors.guard(() => {
    const steps = current!;
    current = null;
    if (!steps.next().done) current = steps;
  });

  const runner = createSliceRunner(win, errors, (timeLeft) => {
    if (stopped) return false;
    handle(mutations.takeRecords()); // page changes not delivered yet
    written = 0;
    while (timeLeft() && written < RUBIES_PER_FRAME) {
      if (!current) {
        const block = takeNext();
        if (!block) break;
        current = annotateBlock(block, options);
      }
      step();
    }
    mutations.takeRecords(); // our own writes
    return current !== null || inView.size + later.size > 0;
  });

  const nearby = watchNearbyBlocks(win, errors.guard, (blocks: NearBlock[]) => {
    for (const { block, inView: visible } of blocks) (visible ? inView : later).add(block);
    runner.wake();
  });

  const mutations = new MutationObserver(
    errors.guard((records: MutationRecord[]) => {
      handle(records);
      mutations.takeRecords(); // what handle() itself put back
      runner.wake();
    }),
  );

  // The first reading loads the pinyin dictionary and the segmenter: a step of its own.
  current = (function* warmUp() {
    options.read('株洲');
  })();
  refreshRegions();
  mutations.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['contenteditable'],
  });
  runner.wake();

  return () => {
    if (stopped) return;
    stopped = true;
    runner.stop();
    nearby.disconnect();
    mutations.disconnect();
    current = null;
    inView.clear();
    later.clear();
    const started = performance.now();
    if (journal.revertSome(() => performance.now() - started < REVERT_SLICE_MS)) return removeStyle();
    // If ruby comes back on meanwhile, the new run re-annotates each block as its text returns.
    const reverter = createSliceRunner(
      win,
      errors,
      (timeLeft) => {
        if (!journal.revertSome(timeLeft)) return true;
        removeStyle();
        return false;
      },
      REVERT_SLICE_MS,
    );
    reverter.wake();
  };
}
