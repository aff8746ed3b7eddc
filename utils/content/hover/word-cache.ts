import type { Corrections } from '../../core/pinyin/corrections';
import type { ToneStyle } from '../../core/pinyin/syllable';
import { sentenceAround } from '../../core/text/han';
import type { WordLookup, WordRequest } from '../../core/words/word-card';
import type { BlockText } from '../../page/prose';
import type { HoverTarget } from './hover-lookup';

/** About this many characters each side of the pointer are fetched at once, out to the sentence ends. */
const REACH = 80;
/** Stretches kept; the oldest go first. Room for a screen of paragraphs and those below it (read-ahead.ts), and the hovers around them. */
const LIMIT = 96;

export interface ReadingKey {
  toneStyle: ToneStyle;
  toneSandhi: boolean;
  corrections: Corrections;
}

interface Stretch {
  root: Node;
  text: string;
  from: number;
  to: number;
  /** Undefined while the background is still answering. */
  lookups?: WordLookup[];
  /** One word answered on its own, not a stretch fetched whole. */
  single?: true;
}

export interface WordCache {
  /** The word at the target from a stretch already here: the target re-based on the stretch, and its lookup. */
  find(target: HoverTarget, key: ReadingKey): { target: HoverTarget; lookup: WordLookup } | null;
  /** Fetches the stretch around the target, unless it is here or on its way. */
  want(target: HoverTarget, key: ReadingKey): void;
  /**
   * Fetches the stretch that starts at `from` in `block` (about 2 × REACH characters, out to a sentence end),
   * unless one already covers it: the text a reader goes on to, asked for before the pointer is there.
   */
  wantFrom(block: BlockText, from: number, key: ReadingKey): void;
  /** Fetches the stretch after the one that holds the target, in the same block: where the reader's eyes go next. */
  wantAhead(target: HoverTarget, key: ReadingKey): void;
  /** Fetches the stretches of a whole block not here yet, at most `most` of them, from its start (a paragraph on screen); returns how many. */
  wantBlock(block: BlockText, key: ReadingKey, most: number): number;
  /** Keeps one word the background answered (its offsets are relative to `target.start`). */
  remember(target: HoverTarget, lookup: WordLookup, key: ReadingKey): void;
  /** Whether a stretch asked for is still on its way. */
  waiting(): boolean;
}

/** The same corrections, whether or not in the same map: every settings change (ruby, marks) brings a new one. */
function sameCorrections(a: Corrections, b: Corrections): boolean {
  return a === b || (a.size === b.size && [...a].every(([word, reading]) => b.get(word) === reading));
}

/**
 * The cards of whole stretches of the hovered block, fetched from the background once: a reader
 * moving along a line is then answered in the page, in the frame of the pointer move, without a
 * round trip per word. A change of tone style, tone changes or corrections empties it.
 */
export function createWordCache(fetch: (request: WordRequest) => Promise<WordLookup[]>, report: (error: unknown) => void): WordCache {
  const stretches = createStretchList();
  let keyOf: ReadingKey | null = null;
  const sameKey = (key: ReadingKey) => {
    if (keyOf && keyOf.toneStyle === key.toneStyle && keyOf.toneSandhi === key.toneSandhi && sameCorrections(keyOf.corrections, key.corrections)) return true;
    keyOf = key;
    stretches.clear();
    return false;
  };
  const fetchStretch = (block: BlockText, from: number, to: number, key: ReadingKey) => {
    const stretch: Stretch = { root: block.root, text: block.text, from, to };
    stretches.keep(stretch);
    const slice = block.text.slice(from, to);
    const corrections = [...key.corrections].filter(([word]) => slice.includes(word));
    fetch({ text: slice, offset: 0, toneStyle: key.toneStyle, toneSandhi: key.toneSandhi, corrections }).then(
      (lookups) => void (stretch.lookups = lookups),
      (error: unknown) => {
        stretches.drop(stretch); // asked again at the next hover
        report(error);
      },
    );
  };
  /**
   * Makes sure a stretch of the block holds `from`, fetching one from there when none does (out to a
   * sentence end about 2 × REACH on); says where that stretch ends (the block's end when nothing from
   * `from` on is Han) and whether it was fetched now.
   */
  const coverFrom = (block: BlockText, from: number, key: ReadingKey): { to: number; fetched: boolean } => {
    if (from >= block.text.length || !/\p{Script=Han}/u.test(block.text.slice(from))) return { to: block.text.length, fetched: false };
    const had = stretches.holding(block, from, 'want');
    if (had) return { to: had.to, fetched: false };
    const to = sentenceAround(block.text, Math.min(block.text.length - 1, from + 2 * REACH)).end;
    fetchStretch(block, from, to, key);
    return { to, fetched: true };
  };

  return {
    find(target, key) {
      if (!sameKey(key)) return null;
      const stretch = stretches.holding(target.block, target.offset, 'find');
      const offset = target.offset - (stretch?.from ?? 0);
      const lookup = stretch?.lookups?.find((candidate) => candidate.start <= offset && offset < candidate.end);
      return stretch && lookup ? { target: { ...target, start: stretch.from, end: stretch.to }, lookup } : null;
    },
    want(target, key) {
      sameKey(key);
      if (stretches.holding(target.block, target.offset, 'want')) return;
      const { text } = target.block;
      const from = sentenceAround(text, Math.max(0, target.offset - REACH)).start;
      fetchStretch(target.block, from, sentenceAround(text, Math.min(text.length - 1, target.offset + REACH)).end, key);
    },
    wantFrom(block, from, key) {
      sameKey(key);
      coverFrom(block, from, key);
    },
    wantAhead(target, key) {
      const stretch = stretches.holding(target.block, target.offset, 'want');
      if (stretch) this.wantFrom(target.block, stretch.to, key);
    },
    wantBlock(block, key, most) {
      sameKey(key);
      let fetched = 0;
      for (let from = 0; from < block.text.length && fetched < most; ) {
        const covered = coverFrom(block, from, key);
        from = covered.to;
        if (covered.fetched) fetched++;
      }
      return fetched;
    },
    remember(target, lookup, key) {
      sameKey(key);
      const { block, start } = target;
      // Newest first, so that it is found before a stretch still on its way.
      stretches.keepFirst({ root: block.root, text: block.text, from: start + lookup.start, to: start + lookup.end, lookups: [{ ...lookup, start: 0, end: lookup.end - lookup.start }], single: true });
    },
    waiting: () => stretches.waiting(),
  };
}

/** The stretches kept, at most LIMIT: the oldest go first. */
function createStretchList() {
  let stretches: Stretch[] = [];
  return {
    clear: () => void (stretches = []),
    /** The stretch holding an offset of a block: for `find`, one with its answer; for `want`, a whole one, answered or not. */
    holding: (block: BlockText, offset: number, use: 'find' | 'want') =>
      stretches.find(
        (stretch) =>
          stretch.root === block.root &&
          stretch.text === block.text &&
          stretch.from <= offset &&
          offset < stretch.to &&
          (use === 'find' ? stretch.lookups !== undefined : !stretch.single),
      ),
    keep(stretch: Stretch) {
      stretches.push(stretch);
      if (stretches.length > LIMIT) stretches.shift();
    },
    keepFirst(stretch: Stretch) {
      stretches.unshift(stretch);
      if (stretches.length > LIMIT) stretches.pop();
    },
    drop: (stretch: Stretch) => void (stretches = stretches.filter((kept) => kept !== stretch)),
    waiting: () => stretches.some((stretch) => stretch.lookups === undefined),
  };
}
