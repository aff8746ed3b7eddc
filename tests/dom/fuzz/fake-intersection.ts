/**
 * happy-dom's IntersectionObserver never reports anything. Ruby mode annotates what comes into
 * view, so the fuzz puts in one that reports every observed element a task later, some in the
 * viewport and some below it, as a scrolling reader would bring them in.
 */
export function installIntersectionObserver(win: Window, belowFold: (target: Element) => boolean): () => void {
  const global = globalThis as unknown as { IntersectionObserver: unknown };
  const previous = global.IntersectionObserver;
  class FakeIntersectionObserver {
    readonly #callback: IntersectionObserverCallback;
    readonly #watched = new Set<Element>();
    constructor(callback: IntersectionObserverCallback) {
      this.#callback = callback;
    }
    observe(target: Element): void {
      this.#watched.add(target);
      win.setTimeout(() => {
        if (!this.#watched.has(target)) return;
        const top = belowFold(target) ? win.innerHeight + 100 : 10;
        const entry = { target, isIntersecting: true, intersectionRatio: 1, boundingClientRect: { top, bottom: top + 20 } };
        this.#callback([entry as unknown as IntersectionObserverEntry], this as unknown as IntersectionObserver);
      });
    }
    unobserve(target: Element): void {
      this.#watched.delete(target);
    }
    disconnect(): void {
      this.#watched.clear();
    }
    takeRecords(): IntersectionObserverEntry[] {
      return [];
    }
  }
  global.IntersectionObserver = FakeIntersectionObserver;
  return () => {
    global.IntersectionObserver = previous;
  };
}
