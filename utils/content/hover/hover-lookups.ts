import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import { lookUpAt, type HoverHit } from './hover-lookup';

export interface HoverLookups {
  /** Looks up the word under `point()` in the next animation frame (moves in between are coalesced). */
  schedule(): void;
  /** The first pointer move: fetch the reader and get it ready, then look up. */
  warmUp(): void;
}

/**
 * The reader's side of hover. The first pointer move says someone is reading with a mouse: the
 * pinyin tables come from the background, then the reader gets ready one step per task, so that the
 * first card is not one long task; a page nobody points at pays nothing. Lookups come one per
 * animation frame; Firefox holds back the frames of an iframe for a while after it loads, so a
 * timer makes sure a lookup still comes.
 */
export function createHoverLookups(
  env: PageEnv,
  signal: AbortSignal,
  timers: Timers,
  point: () => { x: number; y: number } | null,
  found: (hit: HoverHit | null) => void,
): HoverLookups {
  const { errors } = env;
  let pending = false;
  let warm: 'no' | 'loading' | 'yes' = 'no';

  const lookUp = () => {
    if (!pending) return;
    pending = false;
    const reader = env.reader.current();
    const at = point();
    if (!reader || !at) return; // the first pointer move asked for the reader; warmUp looks again
    const { toneStyle, toneSandhi } = env.state().settings;
    const hit = lookUpAt(env.doc, at.x, at.y, { reader, article: env.article, terms: env.terms, options: { toneStyle, toneSandhi, corrections: env.state().corrections } });
    // The block's terms are being found: look again when they are, the card may belong to a term.
    if (hit?.pendingBlock) env.terms.scan([hit.pendingBlock]).then(schedule, errors.report);
    found(hit);
  };

  function schedule() {
    if (pending) return;
    pending = true;
    let frame = 0;
    let timer = 0;
    const run = errors.guard(() => {
      timers.cancelFrame(frame);
      timers.clearTimeout(timer);
      lookUp();
    });
    frame = timers.frame(run);
    timer = timers.timeout(run, 100);
  }

  const warmUp = () => {
    if (warm !== 'no') return;
    warm = 'loading';
    env.reader.load().then(
      (reader) => {
        const steps = [...reader.warmUp];
        const next = errors.guard(() => {
          steps.shift()?.();
          if (steps.length > 0) return void timers.timeout(next, 0);
          warm = 'yes';
          if (point()) schedule(); // the pointer may have rested on a word all along
        });
        timers.timeout(next, 0);
      },
      (error: unknown) => {
        warm = 'no'; // the next pointer move asks again
        if (!signal.aborted) errors.report(error);
      },
    );
  };

  return { schedule, warmUp };
}
