/**
 * Zero-delay timers as the next macrotask (setImmediate) instead of Node's 1 ms minimum: ruby mode
 * slices its work with setTimeout(0), and a thousand cases of a dozen slices would otherwise spend
 * most of their time asleep. The order of tasks is kept; `settle` waits until none is pending.
 */
export interface FastTimers {
  /** One task turn: runs after every task queued before it. */
  turn(): Promise<void>;
  /** Resolves when no zero-delay timer is pending any more. */
  settle(): Promise<void>;
  restore(): void;
}

export function installFastTimers(win: Window): FastTimers {
  const original = { setTimeout: win.setTimeout, clearTimeout: win.clearTimeout };
  const pending = new Map<number, NodeJS.Immediate>();
  let nextId = 1_000_000;
  const target = win as unknown as { setTimeout: unknown; clearTimeout: unknown };
  target.setTimeout = (callback: () => void, delay?: number, ...args: unknown[]) => {
    if (delay) return original.setTimeout.call(win, callback, delay, ...args);
    const id = nextId++;
    pending.set(id, setImmediate(() => {
      pending.delete(id);
      callback(...(args as []));
    }));
    return id;
  };
  target.clearTimeout = (id: number) => {
    const immediate = pending.get(id);
    if (immediate) {
      clearImmediate(immediate);
      pending.delete(id);
    } else original.clearTimeout.call(win, id);
  };
  // Animation frames as zero-delay tasks too, tracked like them: ruby mode runs one slice per frame.
  const frames = win as unknown as { requestAnimationFrame: unknown; cancelAnimationFrame: unknown };
  const originalFrames = { requestAnimationFrame: frames.requestAnimationFrame, cancelAnimationFrame: frames.cancelAnimationFrame };
  frames.requestAnimationFrame = (callback: (time: number) => void) =>
    (target.setTimeout as (cb: () => void, delay: number) => number)(() => callback(performance.now()), 0);
  frames.cancelAnimationFrame = (id: number) => (target.clearTimeout as (id: number) => void)(id);
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  return {
    turn,
    async settle() {
      for (let guard = 0; guard < 10_000; guard++) {
        await turn();
        if (pending.size === 0) return;
      }
      throw new Error('ruby mode never came to rest (10 000 task turns)');
    },
    restore() {
      Object.assign(target, original);
      Object.assign(frames, originalFrames);
    },
  };
}
