import { blocksInView } from '../../page/blocks-in-view';
import { blocksAfter } from '../../page/prose';
import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import type { HoverTarget } from './hover-lookup';
import type { ReadingKey, WordCache } from './word-cache';

/** Paragraphs after the hovered one whose cards are fetched ahead, so the next lines answer in the page too. */
const BLOCKS_AHEAD = 2;
/** Paragraphs on screen whose cards are fetched, and stretches of each: a screen of text or two, at most. */
const SCREEN_BLOCKS = 24;
const STRETCHES_PER_BLOCK = 4;

export interface ReadAhead {
  /** After a card: the rest of its paragraph and, on entering a paragraph, the next ones. */
  afterCard(target: HoverTarget, key: ReadingKey): void;
  /** The view settled (the page started or stopped scrolling): the paragraphs on screen. */
  onScreen(key: ReadingKey): void;
}

/**
 * What a reader reads next, asked for before the pointer is there: after each card, the rest of the
 * hovered paragraph and, on entering a paragraph, the next ones. Without it the first word of every
 * paragraph waited for a round trip to the background (bench:tooltip's p95). Also every paragraph on
 * screen once the view settles, so that a word pointed at after Chrome stopped its idle worker is
 * answered in the page, not after the worker's cold start (bench:tooltip). Each runs a task later, so
 * that the card is drawn first and the background answers the hovered word first.
 */
export function createReadAhead(env: PageEnv, cache: WordCache, timers: Timers, signal: AbortSignal): ReadAhead {
  let lastBlock: Node | null = null;
  const ahead = (target: HoverTarget, key: ReadingKey) => {
    if (signal.aborted) return;
    cache.wantAhead(target, key);
    if (target.block.root === lastBlock) return;
    lastBlock = target.block.root;
    const region = env.article.regions().find((candidate) => candidate.contains(target.block.root));
    if (!region) return;
    for (const next of blocksAfter(target.block, region, BLOCKS_AHEAD, (node) => env.article.contains(node))) cache.wantFrom(next, 0, key);
  };
  const screen = (key: ReadingKey) => {
    if (signal.aborted) return;
    const blocks = blocksInView(env.doc, env.article.regions(), (node) => env.article.contains(node), SCREEN_BLOCKS);
    for (const block of blocks) cache.wantBlock(block, key, STRETCHES_PER_BLOCK);
  };
  return {
    afterCard: (target, key) => void timers.timeout(env.errors.guard(() => ahead(target, key)), 0),
    // In a frame first: a hidden tab has none, so a tab opened in the background asks nothing until it is seen.
    onScreen: (key) => void timers.frame(() => timers.timeout(env.errors.guard(() => screen(key)), 0)),
  };
}
