import { useEffect, useState } from 'preact/hooks';

/**
 * A count that grows from `first` to `total` by `step` each frame: a long list is rendered a slice at
 * a time (the study sheet of a very long article), so that no frame does all of it. `finish` jumps to
 * the end (before printing).
 */
export function useGrowingCount(total: number, first = 3, step = 1): [number, () => void] {
  const [count, setCount] = useState(Math.min(first, total));
  useEffect(() => {
    if (count >= total) return;
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setCount((now) => Math.min(total, now + step)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [count, total]);
  return [count, () => setCount(total)];
}
