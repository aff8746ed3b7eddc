/**
 * A clock that moves only when it is read. Ruby mode cuts its work into slices of a few
 * milliseconds by performance.now(); with the real clock, where a slice ends (and so what a page
 * task interleaves with) depends on the machine's load, and a failing case would not replay.
 * Each reading advances the clock by `step` ms.
 */
export function installSteppingClock(step = 0.25): () => void {
  const perf = globalThis.performance;
  const original = perf.now;
  let now = original.call(perf);
  perf.now = () => (now += step);
  return () => {
    perf.now = original;
  };
}
