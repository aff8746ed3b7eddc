/**
 * Two places where happy-dom differs from browsers in a way that makes correct code fail; both
 * were found by this fuzz. Import this module first in every fuzz test file (vitest isolates
 * files, so the rest of the suite keeps plain happy-dom).
 *
 * 1. A <template>'s firstChild/lastChild come from its content fragment; in browsers a template
 *    has no children of its own. Range boundary comparisons then walk into the fragment and
 *    collapse ranges that span a template.
 * 2. A MutationObserver delivers the records of each observed target in a callback of its own; in
 *    browsers an observer has one queue, so records from two targets made in one task arrive
 *    together, and `takeRecords()` inside the callback cannot swallow the other target's records.
 */
for (const name of ['firstChild', 'lastChild'] as const) {
  Object.defineProperty(HTMLTemplateElement.prototype, name, { configurable: true, get: () => null });
}

const HappyMutationObserver = globalThis.MutationObserver;

class OneQueueMutationObserver {
  readonly #inner: MutationObserver;
  #queue: MutationRecord[] = [];
  #scheduled = false;

  constructor(callback: MutationCallback) {
    this.#inner = new HappyMutationObserver((records) => {
      this.#queue.push(...records);
      if (this.#scheduled) return;
      this.#scheduled = true;
      // The other targets' deliveries are already queued as microtasks: this one runs after them.
      queueMicrotask(() => {
        this.#scheduled = false;
        const batch = this.takeRecords();
        if (batch.length > 0) callback(batch, this as unknown as MutationObserver);
      });
    });
  }

  observe(target: Node, options?: MutationObserverInit): void {
    this.#inner.observe(target, options);
  }

  disconnect(): void {
    this.#inner.disconnect();
    this.#queue = [];
  }

  takeRecords(): MutationRecord[] {
    const records = [...this.#queue, ...this.#inner.takeRecords()];
    this.#queue = [];
    return records;
  }
}

globalThis.MutationObserver = OneQueueMutationObserver as unknown as typeof MutationObserver;
