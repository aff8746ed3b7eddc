/** A block that came near the viewport, and whether it is in the viewport itself (do it first). */
export interface NearBlock {
  block: Element;
  inView: boolean;
}

export interface NearbyBlocks {
  /** Starts watching a list of blocks, in document order. */
  watch(blocks: readonly Element[]): void;
  /** Whether a block has come near once (and was reported). */
  isSeen(block: Element): boolean;
  disconnect(): void;
}

/** Blocks this far above or below the viewport count as near: annotated before they scroll in. */
const NEAR_MARGIN = '50% 0px';
/** Scouts look further, so that the blocks around them are watched before they are near. */
const SCOUT_MARGIN = '150% 0px';
/** One scout per this many blocks; a scout, or a block that came near, arms this many on each side. */
const SCOUT_EVERY = 8;

interface Place {
  list: readonly Element[];
  index: number;
}

/**
 * Reports blocks as they come near the viewport, each once. An IntersectionObserver costs the
 * browser a little per watched element on every frame whose layout changed, and a long article has
 * thousands of paragraphs (hostile-huge: 1,830): so only every 8th block is watched from afar (a
 * scout), and a scout that comes near arms its neighbours. A jump anywhere lands within reach of a
 * scout; reading on, each block that comes near arms the next ones.
 */
export function watchNearbyBlocks(
  win: Window,
  guard: <A extends unknown[]>(handler: (...args: A) => void) => (...args: A) => void,
  onNear: (blocks: NearBlock[]) => void,
): NearbyBlocks {
  const seen = new WeakSet<Element>();
  const places = new WeakMap<Element, Place>();

  const arm = ({ list, index }: Place) => {
    const end = Math.min(list.length, index + SCOUT_EVERY);
    for (let i = Math.max(0, index - SCOUT_EVERY + 1); i < end; i++) {
      const block = list[i]!;
      if (!seen.has(block)) near.observe(block);
    }
  };

  const near = new IntersectionObserver(
    guard((entries: IntersectionObserverEntry[]) => {
      const found: NearBlock[] = [];
      for (const entry of entries) {
        const block = entry.target;
        if (!entry.isIntersecting || seen.has(block)) continue;
        seen.add(block);
        near.unobserve(block);
        scout.unobserve(block);
        const place = places.get(block);
        if (place) arm(place);
        const { top, bottom } = entry.boundingClientRect;
        found.push({ block, inView: bottom > 0 && top < win.innerHeight });
      }
      if (found.length > 0) onNear(found);
    }),
    { rootMargin: NEAR_MARGIN },
  );

  const scout = new IntersectionObserver(
    guard((entries: IntersectionObserverEntry[]) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        scout.unobserve(entry.target);
        const place = places.get(entry.target);
        if (place) arm(place);
      }
    }),
    { rootMargin: SCOUT_MARGIN },
  );

  return {
    watch(blocks) {
      const list = [...blocks];
      list.forEach((block, index) => {
        if (seen.has(block)) return;
        places.set(block, { list, index });
        if (index % SCOUT_EVERY === 0) scout.observe(block);
      });
    },
    isSeen: (block) => seen.has(block),
    disconnect() {
      near.disconnect();
      scout.disconnect();
    },
  };
}
