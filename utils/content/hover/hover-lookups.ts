import type { WordLookup } from '../../core/words/word-card';
import type { PageEnv } from '../page-env';
import type { Timers } from '../timers';
import { covers, hitFor, requestFor, targetAt, type HoverHit, type HoverTarget } from './hover-lookup';

export interface HoverLookups {
  /** Looks up the word under `point()` in the next animation frame (moves in between are coalesced). */
  schedule(): void;
  /** The first pointer move: the background gets its dictionary ready for the first card. */
  warmUp(): void;
}

/**
 * The reader's side of hover. The word under the pointer is asked of the background, where the
 * dictionary and the segmenter live; an answer that comes after the pointer moved on is dropped, and
 * a pointer moving within the word it answered is answered again without asking. Lookups come one
 * per animation frame; Firefox holds back the frames of an iframe for a while after it loads, so a
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
  let asked = 0;
  let answered: { target: HoverTarget; lookup: WordLookup; options: string } | null = null;
  let warm = false;

  const lookUp = () => {
    if (!pending) return;
    pending = false;
    const at = point();
    const target = at && targetAt(env.doc, at.x, at.y, env.article);
    const id = ++asked;
    if (!target) return found(null);
    const { toneStyle, toneSandhi } = env.state().settings;
    const options = { toneStyle, toneSandhi, corrections: env.state().corrections };
    // Settings and corrections are compared by identity: a new object means something changed.
    const optionsKey = `${toneStyle}|${toneSandhi}`;
    if (answered && answered.options === optionsKey && covers(target, answered)) return found(hitFor(target, answered.lookup));
    env.lookUpWord(requestFor(target, options)).then(
      errors.guard((lookup: WordLookup | null) => {
        if (id !== asked || signal.aborted) return; // the pointer moved on
        answered = lookup && { target, lookup, options: optionsKey };
        found(lookup && hitFor(target, lookup));
      }),
      (error: unknown) => !signal.aborted && errors.report(error),
    );
  };

  const schedule = () => {
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
  };

  const warmUp = () => {
    if (warm) return;
    warm = true;
    env.prepareWords().catch((error: unknown) => {
      warm = false; // the next pointer move asks again
      if (!signal.aborted) errors.report(error);
    });
  };

  return { schedule, warmUp };
}
