import type { ErrorLog } from './error-log';
import type { Timers } from './timers';

export interface SliceRunner {
  /** Makes sure a slice is coming (does nothing when one is already scheduled). */
  wake(): void;
}

/** Script time per slice, ms: far under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs `slice` once per frame until it reports no more work; it gets `timeLeft` to check between
 * small steps. A slice runs in a task of its own just after a frame is drawn (rAF, then a timeout of
 * 0), so that what one slice wrote is laid out in the next frame, alone: script time is not the whole
 * cost of writing to a page, laying out what was written is (bench/ruby.bench.ts). Hidden tabs get
 * no frames, so nothing runs until the page is seen. It stops with the timers' signal.
 */
export function createSliceRunner(
  timers: Timers,
  errors: ErrorLog,
  slice: (timeLeft: () => boolean) => boolean,
  budgetMs = SLICE_BUDGET_MS,
): SliceRunner {
  let scheduled = false;
  const run = errors.guard(() => {
    scheduled = false;
    const started = performance.now();
    if (slice(() => performance.now() - started < budgetMs)) schedule();
  });
  const schedule = () => {
    if (scheduled) return;
    scheduled = timers.frame(() => timers.timeout(run, 0)) !== 0;
  };
  return { wake: schedule };
}
