import { blocksAfter } from '../../page/prose';
import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import type { HoverTarget } from './hover-lookup';
import type { ReadingKey, WordCache } from './word-cache';

/** Paragraphs after the hovered one whose cards are fetched ahead, so the next lines answer in the page too. */
const BLOCKS_AHEAD = 2;

/**
 * What a reader reads next, asked for before the pointer is there: after each card, the rest of the
 * hovered paragraph and, on entering a paragraph, the next ones. Without it the first word of every
 * paragraph waited for a round trip to the background (bench:tooltip's p95). Runs a task later, so
 * that the card is drawn first and the background answers the hovered word first.
 */
export function createReadAhead(env: PageEnv, cache: WordCache, timers: Timers, signal: AbortSignal): (target: HoverTarget, key: ReadingKey) => void {
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
  return (target, key) => void timers.timeout(env.errors.guard(() => ahead(target, key)), 0);
}
