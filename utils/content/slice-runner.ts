import type { ErrorLog } from './error-log';

export interface SliceRunner {
  /** Makes sure a slice is coming (does nothing when one is already scheduled). */
  wake(): void;
  stop(): void;
}

/** Script time per slice, ms: far under the 50 ms of a long task. */
export const SLICE_BUDGET_MS = 8;

/**
 * Runs `slice` once per frame until it reports no more work; it gets `timeLeft` to check between
 * small steps. A slice runs in a task of its own just after a frame is drawn (rAF, then setTimeout
 * 0), so that what one slice wrote is laid out in the next frame, alone: script time is not the whole
 * cost of writing to a page, laying out what was written is (bench/ruby.bench.ts). Hidden tabs get
 * no frames, so nothing runs until the page is seen.
 */
export function createSliceRunner(
  win: Window,
  errors: ErrorLog,
  slice: (timeLeft: () => boolean) => boolean,
  budgetMs = SLICE_BUDGET_MS,
): SliceRunner {
  let frame = 0;
  let timer = 0;
  let stopped = false;
  const run = errors.guard(() => {
    timer = 0;
    if (stopped) return;
    const started = performance.now();
    if (slice(() => performance.now() - started < budgetMs)) schedule();
  });
  const afterFrame = errors.guard(() => {
    frame = 0;
    if (!stopped) timer = win.setTimeout(run, 0);
  });
  const schedule = () => {
    if (!frame && !timer && !stopped) frame = win.requestAnimationFrame(afterFrame);
  };
  return {
    wake: schedule,
    stop() {
      stopped = true;
      if (frame) win.cancelAnimationFrame(frame);
      if (timer) win.clearTimeout(timer);
      frame = timer = 0;
    },
  };
}
