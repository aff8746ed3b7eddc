import type { ScannedSpot, TermScan } from '../core/glossary/scan';
import type { GlossaryEntry } from '../core/glossary/types';
import type { PageTerm } from '../messaging';
import { eachProseBlock, type BlockText } from '../page/prose';

/** Walking a long article's blocks yields to the page this often, ms (far under a 50 ms long task). */
const WALK_SLICE_MS = 8;

/** The article's blocks, read a few ms at a time so that a page of a million characters never freezes. */
async function blocksOf(regions: readonly Element[]): Promise<BlockText[]> {
  const blocks: BlockText[] = [];
  let sliceStart = performance.now();
  for (const block of eachProseBlock(regions)) {
    blocks.push(block);
    if (performance.now() - sliceStart > WALK_SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  return blocks;
}

/** A glossary term (or an unexplained slogan) at a place in a block's text. */
export interface TermSpot {
  start: number;
  end: number;
  text: string;
  /** The glossary entry it names: set with `entry`, and alone when the entries file could not be read (the term is still one). */
  entryId?: string;
  entry?: GlossaryEntry;
}

/** Finds the terms of some texts: the background's scanTerms in the extension, the glossary itself in tests. */
export type TermScanner = (texts: string[]) => Promise<TermScan>;

/**
 * The glossary terms of the article's blocks, found by the background and kept per block and its
 * text: a block whose text changed is asked for again, one that did not never is.
 */
export interface TermIndex {
  /** The spots of a block already scanned with its current text; undefined until then. */
  spotsOf(block: BlockText): TermSpot[] | undefined;
  /** Scans the blocks not yet known, in one request; resolves when all are known. */
  scan(blocks: readonly BlockText[]): Promise<void>;
  /** The term at `offset` of a block: a spot, undefined when there is none, 'pending' while the block is being scanned. */
  termAt(block: BlockText, offset: number): TermSpot | undefined | 'pending';
  /** The terms of the article with their counts, known ones by entry, in order of appearance. */
  terms(regions: readonly Element[]): Promise<PageTerm[]>;
  /** The first block and spot of a term (by entry id, entry term, or the text of an unexplained slogan). */
  find(regions: readonly Element[], term: string): Promise<{ block: BlockText; spot: TermSpot } | null>;
}

export function createTermIndex(scanner: TermScanner, onError: (error: unknown) => void): TermIndex {
  const scanned = new WeakMap<Node, { text: string; spots: TermSpot[] }>();
  const entries = new Map<string, GlossaryEntry>();
  /** Texts on their way to the scanner, by block, so that a block is asked for once. */
  const asked = new WeakMap<Node, { text: string; done: Promise<void> }>();

  const spotsOf = (block: BlockText): TermSpot[] | undefined => {
    const known = scanned.get(block.root);
    return known && known.text === block.text ? known.spots : undefined;
  };
  const toSpot = ({ start, end, text, entryId }: ScannedSpot): TermSpot => {
    const entry = entryId === undefined ? undefined : entries.get(entryId);
    return { start, end, text, ...(entryId !== undefined && { entryId }), ...(entry && { entry }) };
  };

  const scan = (blocks: readonly BlockText[]): Promise<void> => {
    const waits: Promise<void>[] = [];
    const wanted: BlockText[] = [];
    for (const block of blocks) {
      if (spotsOf(block)) continue;
      const pending = asked.get(block.root);
      if (pending && pending.text === block.text) waits.push(pending.done);
      else wanted.push(block);
    }
    if (wanted.length > 0) {
      // Answered or failed, the blocks may be asked for again (a failed request is not remembered).
      const forget = () => wanted.forEach((block) => asked.get(block.root)?.done === done && asked.delete(block.root));
      const done: Promise<void> = scanner(wanted.map((block) => block.text)).then(
        (found) => {
          forget();
          for (const entry of found.entries) entries.set(entry.id, entry);
          wanted.forEach((block, i) => scanned.set(block.root, { text: block.text, spots: (found.spots[i] ?? []).map(toSpot) }));
        },
        (error: unknown) => {
          forget();
          throw error;
        },
      );
      for (const block of wanted) asked.set(block.root, { text: block.text, done });
      waits.push(done);
    }
    return Promise.all(waits).then(() => undefined);
  };

  const scannedBlocks = async (regions: readonly Element[]) => {
    const blocks = await blocksOf(regions);
    await scan(blocks);
    return blocks;
  };

  return {
    spotsOf,
    scan,
    termAt(block, offset) {
      const spots = spotsOf(block);
      if (!spots) {
        scan([block]).catch(onError);
        return 'pending';
      }
      return spots.find((spot) => spot.start <= offset && offset < spot.end);
    },
    async terms(regions) {
      return countTerms((await scannedBlocks(regions)).map((block) => spotsOf(block) ?? []));
    },
    async find(regions, term) {
      for (const block of await scannedBlocks(regions)) {
        const spot = spotsOf(block)?.find((s) => (s.entryId ? s.entry?.term === term || s.entryId === term : s.text === term));
        if (spot) return { block, spot };
      }
      return null;
    },
  };
}

/** One row per term, known ones by entry, counted block by block (joined, a term could run from one paragraph into the next). */
function countTerms(spotsByBlock: readonly TermSpot[][]): PageTerm[] {
  const rows = new Map<string, PageTerm>();
  for (const spots of spotsByBlock) {
    for (const { text, entryId, entry } of spots) {
      const key = entryId ? `known:${entryId}` : `unknown:${text}`;
      const row = rows.get(key);
      if (row) row.count++;
      // Without the entry's texts (an unreadable entries file) the popup finds the entry by id in its own glossary.
      else rows.set(key, { term: entry?.term ?? text, count: 1, known: Boolean(entryId), ...(entryId && { id: entryId }), ...(entry && { gloss: entry.gloss_en, scope: entry.scope }) });
    }
  }
  return [...rows.values()];
}
