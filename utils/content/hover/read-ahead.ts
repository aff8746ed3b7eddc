import { blocksInView } from '../../page/blocks-in-view';
import { blocksAfter, type BlockText } from '../../page/prose';
import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import type { HoverTarget } from './hover-lookup';
import type { ReadingKey, WordCache } from './word-cache';

/** Paragraphs after the hovered one whose cards are fetched ahead, so the next lines answer in the page too. */
const BLOCKS_AHEAD = 2;
/** Paragraphs on screen whose cards are fetched, and stretches of them in all (~160 characters each): a large screen of text. */
const SCREEN_BLOCKS = 24;
const SCREEN_STRETCHES = 24;
/**
 * Stretches below the screen fetched after it, nearest first, in paragraphs found within a bounded
 * walk: with those, a reader who scrolls on after Chrome stopped the idle worker is answered in the
 * page too. Screen and below stay within the cache (word-cache.ts LIMIT) with room for hovers.
 */
const BELOW_STRETCHES = 32;
const BELOW_BLOCKS = 48;
const BELOW_WALK_NODES = 800;
/** Steps spent waiting for an answer before the stretches below are given up (6 s: a worker's cold start is ~0.5 s). */
const BELOW_PATIENCE = 200;
/** Steps of the stretches below: each waits until nothing asked is on its way, so a card asked meanwhile waits for one stretch at most. */
const BELOW_STEP_MS = 30;
/** The view counts as settled this long after its last scroll: the paragraphs on screen are then fetched. */
const SETTLED_MS = 200;
/** With nobody there yet, the screen is read this long after the start: once the page has loaded and gone quiet. */
const QUIET_START_MS = 2_000;

export interface ReadAhead {
  /** After a card: the rest of its paragraph and, on entering a paragraph, the next ones. */
  afterCard(target: HoverTarget, key: ReadingKey): void;
  /** A reader is here, or the page scrolled: once the view has been still for a moment, the paragraphs on screen. */
  viewMoved(): void;
  /** The reading settings changed: the paragraphs on screen again, if they were fetched before. */
  refresh(): void;
}

export interface ReadAheadState {
  /** The reading settings now. */
  key(): ReadingKey;
  /** A card is awaited from the background: its word goes first, and the worker may be starting for it. */
  busy(): boolean;
  /** A reader moved, typed or scrolled in the last 20 s. */
  present(): boolean;
}

/**
 * What a reader reads next, asked for before the pointer is there: after each card, the rest of the
 * hovered paragraph and, on entering a paragraph, the next ones. Without it the first word of every
 * paragraph waited for a round trip to the background (bench:tooltip's p95). Also every paragraph on
 * screen, once a reader shows up (a pointer move, a key, at most every 20 s) and after each scroll:
 * a word pointed at after Chrome stopped its idle worker is then answered in the page, not after the
 * worker's cold start (bench:tooltip). With nobody there, once, two seconds after the start: not while
 * the page loads (bench:browser measured ~8 ms more page-load script when the screen was read at the
 * start), and a tab never looked at has no animation frames, so it asks nothing until it is seen.
 * Each runs a task later, so that the card is drawn first and the background answers the hovered
 * word first.
 */
export function createReadAhead(env: PageEnv, cache: WordCache, timers: Timers, signal: AbortSignal, state: ReadAheadState): ReadAhead {
  let lastBlock: Node | null = null;
  let settling = 0;
  let screenRead = false;
  const ahead = (target: HoverTarget, key: ReadingKey) => {
    if (signal.aborted) return;
    cache.wantAhead(target, key);
    if (target.block.root === lastBlock) return;
    lastBlock = target.block.root;
    const region = env.article.regions().find((candidate) => candidate.contains(target.block.root));
    if (!region) return;
    for (const next of blocksAfter(target.block, region, BLOCKS_AHEAD, (node) => env.article.contains(node))) cache.wantFrom(next, 0, key);
  };
  let reading = 0; // the screen read the stretches below belong to: a newer one stops them
  const below = (blocks: BlockText[], read: number, left: number, patience = BELOW_PATIENCE) => {
    if (signal.aborted || read !== reading || left === 0 || patience === 0) return;
    // One at a time, and never before a card the reader waits for.
    if (state.busy() || cache.waiting()) return void timers.timeout(env.errors.guard(() => below(blocks, read, left, patience - 1)), BELOW_STEP_MS);
    const key = state.key();
    while (blocks.length > 0 && cache.wantBlock(blocks[0]!, key, 1) === 0) blocks.shift();
    if (blocks.length > 0) timers.timeout(env.errors.guard(() => below(blocks, read, left - 1)), BELOW_STEP_MS);
  };
  const screen = () => {
    if (signal.aborted) return;
    screenRead = true;
    const key = state.key();
    const contains = (node: Text) => env.article.contains(node);
    const blocks = blocksInView(env.doc, env.article.regions(), contains, SCREEN_BLOCKS);
    let budget = SCREEN_STRETCHES;
    for (const block of blocks) if (budget > 0) budget -= cache.wantBlock(block, key, budget);
    const last = blocks.at(-1);
    const region = last && env.article.regions().find((candidate) => candidate.contains(last.root));
    const read = ++reading;
    if (region) timers.timeout(env.errors.guard(() => below(blocksAfter(last, region, BELOW_BLOCKS, contains, BELOW_WALK_NODES), read, BELOW_STRETCHES)), BELOW_STEP_MS);
  };
  const viewMoved = () => {
    timers.clearTimeout(settling);
    settling = timers.timeout(
      env.errors.guard(() => {
        if (state.busy()) return viewMoved();
        // In a frame: a hidden tab has none, so a tab opened in the background asks nothing until it is seen.
        timers.frame(() => timers.timeout(env.errors.guard(screen), 0));
      }),
      SETTLED_MS,
    );
  };
  // Text the page adds or rewrites while a reader is here (a live update, "阅读全文"): the screen, and what is
  // below it, are read again once the article has been still for a moment. Nobody there, nothing is asked,
  // so a live page left alone does not keep Chrome's worker awake.
  onArticleChange(env, signal, () => screenRead && state.present() && viewMoved());
  // Nobody may move for a while: a reader resting on the page meets a cold worker with the screen's cards here.
  timers.timeout(env.errors.guard(() => screenRead || viewMoved()), QUIET_START_MS);
  return {
    afterCard: (target, key) => void timers.timeout(env.errors.guard(() => ahead(target, key)), 0),
    viewMoved,
    refresh: () => screenRead && viewMoved(),
  };
}

/** Runs `changed` after each batch of changes to the article's text or nodes, until `signal` aborts. */
function onArticleChange(env: PageEnv, signal: AbortSignal, changed: () => void): void {
  const observer = new MutationObserver(env.errors.guard(changed));
  for (const region of env.article.regions()) observer.observe(region, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
