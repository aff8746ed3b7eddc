import type { Corrections } from '../../core/pinyin/corrections';
import type { PinyinReader } from '../../core/pinyin/readings';
import { RUBY_SIZE_EM, type Settings } from '../../core/storage/settings';
import { createDomJournal, type DomJournal } from '../../page/dom-journal';
import { watchNearbyBlocks, type NearBlock } from '../../page/nearby-blocks';
import { annotateBlock, sentenceReader, type RubyOptions } from '../../page/ruby';
import type { ErrorLog } from '../error-log';
import type { PageFeature } from '../feature';
import { createSliceRunner } from '../slice-runner';
import { signalTimers } from '../timers';
import { createRubyBlocks } from './ruby-blocks';
import { createChangeHandler } from './ruby-changes';
import { installRubyStyle } from './ruby-style';
import { createRubyWriter } from './ruby-writer';

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
export function rubyModeKey(settings: Settings, corrections: ReadonlyMap<string, string>): string {
  return `${settings.toneStyle}|${settings.toneSandhi}|${settings.toneColors}|${settings.rubySize}|${[...corrections].join(';')}`;
}

/**
 * Ruby mode as a page feature: it starts when ruby is on and the reader is here, and is drawn
 * again (stopped and started) when the tone style, tone changes, colours, pinyin size or corrections change.
 */
export const rubyMode: PageFeature = {
  name: 'ruby-mode',
  key: ({ settings, corrections }) => (settings.ruby ? rubyModeKey(settings, corrections) : null),
  start(env, signal) {
    env.reader.load().then((reader) => {
      if (signal.aborted) return;
      const stop = startRubyMode({
        doc: env.doc,
        regions: env.article.regions,
        settings: () => env.state().settings,
        corrections: () => env.state().corrections,
        errors: env.errors,
        reader,
      });
      signal.addEventListener('abort', env.errors.guard(stop));
    }, (error: unknown) => !signal.aborted && env.errors.report(error));
  },
};

/**
 * Rubies written per frame. Laying out new ruby costs the browser in the frame after the write, and
 * more on a long page: on the 1,000,000-character article a frame with 200 new rubies took 40–50 ms
 * of layout in Chromium, one with 60 about 15 (bench/huge-page.bench.ts). An ordinary article is
 * annotated within a few more frames than with bigger batches.
 */
const RUBIES_PER_FRAME = 60;

/**
 * Script time per slice when switching off, ms. Taking ruby out costs ≈ 10 µs per ruby, and on a huge
 * page every frame that changes it costs ~40 ms to draw whatever was changed: bigger slices mean
 * fewer such frames (hostile-huge: ~3 s in ~50 frames instead of ~20 s). An ordinary article is back
 * within the first slice, before stop() returns.
 */
const REVERT_SLICE_MS = 30;

/**
 * Pinyin over the whole article. Paragraphs are annotated as they come near the viewport, a few
 * sentences per task; content the page adds or rewrites later is annotated too. The returned
 * function stops everything and puts the page back exactly as it was (dom-journal.ts): at once for
 * an ordinary article, over a few frames for a huge one, so that switching off never freezes the page.
 */
export function startRubyMode(env: RubyModeEnv): () => void {
  const { doc, errors } = env;
  const win = doc.defaultView!;
  const running = new AbortController();
  const journal = createDomJournal();
  const { toneStyle, toneSandhi, toneColors, rubySize } = env.settings();
  const removeStyle = installRubyStyle(doc, journal, RUBY_SIZE_EM[rubySize] ?? RUBY_SIZE_EM.medium);
  const writer = createRubyWriter(doc, journal, (node) => mutations.observe(node, { characterData: true }));
  const blocks = createRubyBlocks(env.regions, () => nearby);
  const handle = createChangeHandler(blocks, writer, () => journal.prune());
  const options: RubyOptions = {
    read: sentenceReader(env.reader, { toneStyle, toneSandhi, ...(env.corrections && { corrections: env.corrections() }) }),
    toneColors,
    skip: writer.skip,
    journal: writer.journal,
  };
  // The first reading builds the reader's indexes (segmenter, character table, word dictionary): one step each.
  let current: Iterator<unknown> | null = (function* warmUp() {
    for (const prepare of env.reader.warmUp) {
      prepare();
      yield;
    }
  })();
  // A step that throws loses its block, not the whole mode: the error is counted and the next block runs.
  const step = errors.guard(() => {
    const steps = current!;
    current = null;
    if (!steps.next().done) current = steps;
  });

  const runner = createSliceRunner(signalTimers(win, running.signal), errors, (timeLeft) => {
    handle(mutations.takeRecords()); // page changes not delivered yet
    writer.resetCount();
    while (timeLeft() && writer.written() < RUBIES_PER_FRAME) {
      if (!current) {
        const block = blocks.next();
        if (!block) break;
        current = annotateBlock(block, options);
      }
      step();
    }
    mutations.takeRecords(); // our own writes
    return current !== null || blocks.pending();
  });
  const nearby = watchNearbyBlocks(win, errors.guard, (near: NearBlock[]) => {
    for (const { block, inView } of near) blocks.add(block, inView);
    runner.wake();
  });
  const mutations = new MutationObserver(
    errors.guard((records: MutationRecord[]) => {
      handle(records);
      mutations.takeRecords(); // what handle() itself put back
      runner.wake();
    }),
  );
  blocks.refresh();
  mutations.observe(doc.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  runner.wake();

  return () => {
    if (running.signal.aborted) return;
    running.abort();
    nearby.disconnect();
    mutations.disconnect();
    current = null;
    blocks.clear();
    revertSliced(win, journal, errors, removeStyle);
  };
}

/**
 * Takes ruby back out: at once for an ordinary article, over a few frames for a huge one. Its own
 * timers, never cancelled: the page is put back whole even when ZhuDu goes away meanwhile. If ruby
 * comes back on meanwhile, the new run re-annotates each block as its text returns.
 */
function revertSliced(win: Window, journal: DomJournal, errors: ErrorLog, removeStyle: () => void): void {
  const started = performance.now();
  if (journal.revertSome(() => performance.now() - started < REVERT_SLICE_MS)) return removeStyle();
  const reverter = createSliceRunner(
    signalTimers(win, new AbortController().signal),
    errors,
    (timeLeft) => {
      if (!journal.revertSome(timeLeft)) return true;
      removeStyle();
      return false;
    },
    REVERT_SLICE_MS,
  );
  reverter.wake();
}
