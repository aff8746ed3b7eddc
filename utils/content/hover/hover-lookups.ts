import type { WordLookup } from '../../core/words/word-card';
import type { BlockText } from '../../page/prose';
import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import { hitFor, requestFor, targetAt, type HoverHit } from './hover-lookup';
import { createReadAhead } from './read-ahead';
import { createWordCache } from './word-cache';

/** How often a reader's pointer, scrolling or keys tell the background someone is here: under Chrome's 30 s idle limit. */
const KEEP_READY_MS = 20_000;

export interface HoverLookups {
  /** Looks up the word under `point()` in the next animation frame (moves in between are coalesced). */
  schedule(): void;
  /**
   * A pointer move: at most every 20 s the background hears that someone is reading and gets its
   * dictionary ready. Chrome stops an idle service worker after 30 s, and starting it again with
   * its dictionary costs about half a second (bench:tooltip): told in time, it is ready by the time
   * the pointer reaches a word, and it stays while the reader moves the pointer. Then the cards of
   * the paragraphs on screen are fetched too (read-ahead.ts).
   */
  warmUp(): void;
  /**
   * The page scrolled: once the view has been still for a moment, the cards of the
   * paragraphs on screen are fetched (read-ahead.ts), so that a word pointed at later is answered
   * in the page even if Chrome has stopped the idle worker meanwhile.
   */
  viewMoved(): void;
  /** The reading settings changed: the cards fetched for the screen are fetched again with them. */
  refresh(): void;
}

/**
 * The reader's side of hover. The word under the pointer is asked of the background, where the
 * dictionary and the segmenter live. One request is in flight at a time: moves in the
 * meantime are coalesced into one more request when it returns, and an answer the pointer has moved
 * away from is dropped. Each answer is kept (word-cache.ts), and each hover also fetches the cards
 * of the stretch around it and reads ahead (read-ahead.ts), so that the pointer moving within a word,
 * along the line or on to the next paragraph is answered in the page.
 */
export function createHoverLookups(
  env: PageEnv,
  signal: AbortSignal,
  timers: Timers,
  point: () => { x: number; y: number } | null,
  found: (hit: HoverHit | null) => void,
  /** A word has to wait for the background: what the card needs can get ready meanwhile. */
  waiting: () => void,
): HoverLookups {
  const { errors } = env;
  let inFlight = false;
  let again = false;
  // Glossary marks cover a term's digits and + too: those give its card, like its Han characters.
  const markedAt = (block: BlockText, offset: number) =>
    env.state().settings.glossaryMarks && !!env.terms.spotsOf(block)?.some((spot) => spot.entryId && spot.start <= offset && offset < spot.end);
  const cache = createWordCache(env.lookUpBlock, (error) => !signal.aborted && errors.report(error));
  const readingKey = () => {
    const { settings, corrections } = env.state();
    return { toneStyle: settings.toneStyle, toneSandhi: settings.toneSandhi, corrections };
  };
  const reader = readerPresence(env, signal);
  const readAhead = createReadAhead(env, cache, timers, signal, { key: readingKey, busy: () => inFlight, present: reader.present });

  const lookUp = () => {
    const at = point();
    const target = at && targetAt(env.doc, at.x, at.y, env.article, markedAt);
    if (!target) return found(null);
    const key = readingKey();
    const cached = cache.find(target, key);
    if (cached) {
      readAhead.afterCard(target, key); // a task later: after this card
      return found(hitFor(cached.target, cached.lookup));
    }
    inFlight = true;
    const settle = () => {
      inFlight = false;
      if (again && !signal.aborted) {
        again = false;
        lookUp();
      }
    };
    env.lookUpWord(requestFor(target, key)).then(
      errors.guard((lookup: WordLookup | null) => {
        if (signal.aborted) return;
        if (lookup) cache.remember(target, lookup, key);
        // Shown only if the pointer has not moved on meanwhile (it is looked up again if it has).
        if (!again) found(lookup && hitFor(target, lookup));
        // The stretch around the word and what comes next, asked only now: sent with the word, they kept a
        // just-started Chrome worker busy while the page drew the card (~10 ms more to the first card).
        cache.want(target, key);
        readAhead.afterCard(target, key);
        settle();
      }),
      (error: unknown) => {
        if (!signal.aborted) errors.report(error);
        settle();
      },
    );
    waiting();
  };

  const schedule = () => {
    if (inFlight) {
      again = true;
      return;
    }
    inFlight = true;
    inNextFrame(
      timers,
      errors.guard(() => {
        inFlight = false;
        lookUp();
      }),
    );
  };

  // A reader showing up (at most every 20 s) also gets the screen's cards.
  const warmUp = () => reader.arrived() && readAhead.viewMoved();
  return { schedule, warmUp, viewMoved: readAhead.viewMoved, refresh: readAhead.refresh };
}

/**
 * Whether a reader is here: `arrived` is each pointer move, key or scroll, and tells the background at
 * most every KEEP_READY_MS that someone is reading (HoverLookups.warmUp), true when it did now;
 * `present` is whether one came in the last KEEP_READY_MS.
 */
function readerPresence(env: PageEnv, signal: AbortSignal): { arrived(): boolean; present(): boolean } {
  let preparedAt = -Infinity;
  let activeAt = -Infinity;
  return {
    present: () => performance.now() - activeAt < KEEP_READY_MS,
    arrived() {
      const now = (activeAt = performance.now());
      if (now - preparedAt < KEEP_READY_MS) return false;
      preparedAt = now;
      env.prepareWords().catch((error: unknown) => {
        preparedAt = -Infinity; // the next pointer move asks again
        if (!signal.aborted) env.errors.report(error);
      });
      return true;
    },
  };
}

/**
 * Runs `run` in the next animation frame: Chromium dispatches pointer moves just before it, so a
 * word the page already knows is drawn in the frame of the move, and a burst of moves makes one
 * lookup. Firefox holds back the frames of an iframe for a while after it loads: a timer makes sure.
 */
function inNextFrame(timers: Timers, run: () => void): void {
  let frame = 0;
  let timer = 0;
  const once = () => {
    timers.cancelFrame(frame);
    timers.clearTimeout(timer);
    run();
  };
  frame = timers.frame(once);
  timer = timers.timeout(once, 100);
}
