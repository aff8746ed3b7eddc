/** Timers and animation frames that are all cancelled when a signal aborts. */
export interface Timers {
  timeout(run: () => void, ms: number): number;
  clearTimeout(id: number): void;
  frame(run: () => void): number;
  cancelFrame(id: number): void;
}

export function signalTimers(win: Window, signal: AbortSignal): Timers {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  signal.addEventListener('abort', () => {
    for (const id of timeouts) win.clearTimeout(id);
    for (const id of frames) win.cancelAnimationFrame(id);
    timeouts.clear();
    frames.clear();
  });
  return {
    timeout(run, ms) {
      if (signal.aborted) return 0;
      const id = win.setTimeout(() => {
        timeouts.delete(id);
        if (!signal.aborted) run();
      }, ms);
      timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      timeouts.delete(id);
      win.clearTimeout(id);
    },
    frame(run) {
      if (signal.aborted) return 0;
      const id = win.requestAnimationFrame(() => {
        frames.delete(id);
        if (!signal.aborted) run();
      });
      frames.add(id);
      return id;
    },
    cancelFrame(id) {
      frames.delete(id);
      win.cancelAnimationFrame(id);
    },
  };
}
