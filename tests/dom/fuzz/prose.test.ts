// Fuzz: blockTextOf and articleBlocks on random pages. Offsets and ranges must map back to exactly
// the characters of the flat text, across any split of the text into nodes.
import './happy-dom';
import { expect, it } from 'vitest';
import { blockTextOf, isProse, proseBlocks as articleBlocks } from '@/utils/page/prose';
import { locateArticle } from '@/utils/page/locate-article';
import { check, show } from './assert';
import { buildPage } from './build';
import { generatePage } from './generate';
import { printPage, type PageModel } from './model';
import { allTextNodes, blockRootOf, flatten, renderedTextNodes, type Flat } from './oracle';
import { createRng, type Rng } from './prng';
import { fuzz, timeoutFor } from './run';
import { smallerPage } from './shrink';

interface Case {
  page: PageModel;
  seed: number;
}

/** Offsets worth a range: the ends, every node boundary and line break, and a few at random. */
function offsetsOf(flat: Flat, rng: Rng): number[] {
  const offsets = new Set([0, flat.text.length, ...flat.breaks, ...[...flat.breaks].map((b) => b + 1)]);
  for (const [node, start] of flat.starts) offsets.add(start).add(start + node.data.length);
  for (let i = 0; i < 4; i++) offsets.add(rng.int(0, flat.text.length));
  return [...offsets].sort((a, b) => a - b);
}

/** Checks rangeOf(s, e) for pairs of interesting offsets of one block. */
function checkRanges(root: Node, flat: Flat, rangeOf: (s: number, e: number) => Range, rng: Rng): void {
  const offsets = offsetsOf(flat, rng);
  const order = allTextNodes(root);
  const positionOf = (container: Node, offset: number, what: string) => {
    const start = flat.starts.get(container as Text);
    check(start !== undefined, () => `range ${what} is not in a text node of the block's prose: ${container.nodeName}`);
    return start + offset;
  };
  // Between the asked and the mapped position there may only be <br> line breaks, which no text node holds.
  const onlyBreaks = (a: number, b: number) => {
    for (let i = Math.min(a, b); i < Math.max(a, b); i++) if (!flat.breaks.has(i)) return false;
    return true;
  };
  for (let pair = 0; pair < 12; pair++) {
    const s = rng.pick(offsets);
    const e = rng.pick(offsets.filter((o) => o >= s));
    let range: Range;
    try {
      range = rangeOf(s, e);
    } catch (error) {
      throw new Error(`rangeOf(${s}, ${e}) threw on ${show(flat.text)}: ${String(error)}`);
    }
    const q1 = positionOf(range.startContainer, range.startOffset, 'start');
    const q2 = positionOf(range.endContainer, range.endOffset, 'end');
    const where = () => `rangeOf(${s}, ${e}) of ${show(flat.text)} covers [${q1}, ${q2}): ${show((range.startContainer as Text).data)}@${range.startOffset}…${show((range.endContainer as Text).data)}@${range.endOffset}`;
    check(q1 <= q2 && onlyBreaks(s, q1) && onlyBreaks(e, q2), where);
    const first = order.indexOf(range.startContainer as Text);
    const last = order.indexOf(range.endContainer as Text);
    const clean = order.slice(first, last + 1).every((node) => flat.starts.has(node));
    if (clean) {
      let expected = '';
      for (let i = s; i < e; i++) if (!flat.breaks.has(i)) expected += flat.text.charAt(i);
      check(range.toString() === expected, () => `${where()}; toString ${show(range.toString())}, wanted ${show(expected)}`);
    }
  }
}

function checkPage(c: Case): void {
  const page = buildPage(document, c.page);
  const rng = createRng(c.seed);
  const checked = new Set<Node>();
  for (const node of renderedTextNodes(document.documentElement, page.shadows)) {
    if (!isProse(node)) continue;
    const block = blockTextOf(node);
    const root = blockRootOf(node);
    check(block.root === root, () => `block of ${show(node.data)} is ${block.root.nodeName}, wanted ${root.nodeName}`);
    const flat = flatten(root);
    check(block.text === flat.text, () => `block text ${show(block.text)}, wanted ${show(flat.text)}`);
    check(block.offsetOf(node) === flat.starts.get(node), () => `offsetOf(${show(node.data)}) = ${block.offsetOf(node)} in ${show(flat.text)}`);
    if (checked.has(root)) continue;
    checked.add(root);
    checkRanges(root, flat, block.rangeOf, rng);
  }

  // articleBlocks: one block per prose root of the regions, in document order, each with the text above.
  const { regions } = locateArticle(document, page.url);
  const roots = articleBlocks(regions).map((block) => {
    check(block.text === flatten(block.root).text, () => `articleBlocks text ${show(block.text)}`);
    return block.root;
  });
  const expected = [
    ...new Set(
      regions.flatMap((region) => allTextNodes(region).filter((n) => /\S/.test(n.data) && isProse(n)).map(blockRootOf)),
    ),
  ];
  check(roots.length === expected.length && roots.every((root, i) => root === expected[i]), () => `articleBlocks gave ${roots.length} blocks, wanted ${expected.length}`);
}

it('blockTextOf and articleBlocks map every offset back to the flat text', async () => {
  const { cases, ms } = await fuzz<Case>({
    name: 'prose',
    generate: (rng) => ({ page: generatePage(rng), seed: rng.int(0, 2 ** 31) }),
    check: checkPage,
    shrink: function* (c) {
      for (const page of smallerPage(c.page)) yield { ...c, page };
    },
    print: (c) => printPage(c.page),
  });
  console.log(`prose: ${cases} cases in ${(ms / 1000).toFixed(1)} s`);
  expect(cases).toBeGreaterThan(0);
}, timeoutFor());
