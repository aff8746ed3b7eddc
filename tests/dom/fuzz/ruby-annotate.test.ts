// Fuzz: ruby.ts and its journal on random pages. Annotating adds rubies and nothing else,
// annotating twice equals once, and revert gives back the identical DOM (the same text nodes),
// also when the page mutates between the steps of an annotation.
import './happy-dom';
import { expect, it } from 'vitest';
import { createDomJournal, type DomJournal } from '@/utils/page/dom-journal';
import { BLOCK_TAGS } from '@/utils/page/prose';
import { annotateBlock, annotateBlockNow, sentenceReader, type RubyOptions } from '@/utils/page/ruby';
import { check } from './assert';
import { buildControl, buildPage, type BuiltPage } from './build';
import { generatePage } from './generate';
import { printPage, type PageModel } from './model';
import { renderedTextNodes } from './oracle';
import { createRng } from './prng';
import { checkOurRubies, memoize } from './ruby-check';
import { fuzz, timeoutFor } from './run';
import { serializeDocument } from './serialize';
import { smallerPage } from './shrink';
import { applyOp, generateStorm, printStorm, smallerStorm, type Op } from './storm';
import { reader } from '../../helpers/engine';

interface Case {
  page: PageModel;
  toneColors: boolean;
  storm: Op[];
  /** Seeds the order in which blocks take their steps and when the page strikes. */
  seed: number;
}

/** Readings are pure: remembered across cases, so the time goes to the DOM work under test. */
const read = memoize(sentenceReader(reader, { toneStyle: 'marks', toneSandhi: true }));

/** Every block of the page, shadow trees included (ruby.ts takes any element it is given). A walk: happy-dom's querySelectorAll is slow. */
function blocksOf(page: BuiltPage): Element[] {
  const blocks: Element[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      if (BLOCK_TAGS.has((child as Element).tagName.toUpperCase())) blocks.push(child as Element);
      visit(child);
    }
  };
  blocks.push(page.doc.body);
  visit(page.doc.body);
  for (const root of page.shadows.values()) visit(root);
  return blocks;
}

function annotateAll(page: BuiltPage, options: RubyOptions): number {
  return blocksOf(page).reduce((sum, block) => sum + annotateBlockNow(block, options), 0);
}

/** Without a storm: annotating adds rubies and nothing else, twice equals once, revert gives back the same nodes. */
function checkQuiet(page: BuiltPage, options: RubyOptions, journal: DomJournal): void {
  const { shadows } = page;
  const exact = () => serializeDocument(document, { shadows });
  const before = exact();
  const shownBefore = serializeDocument(document, { shadows, mergeText: true });
  const originals = renderedTextNodes(document.documentElement, shadows);
  annotateAll(page, options);
  check(serializeDocument(document, { shadows, mergeText: true, withoutOurRuby: true }) === shownBefore, () => 'annotating changed more than adding rubies');
  checkOurRubies(document);
  for (const root of shadows.values()) checkOurRubies(root);
  const once = exact();
  check(annotateAll(page, options) === 0 && exact() === once, () => 'annotating twice differs from once');
  journal.revert();
  check(exact() === before, () => 'revert did not give back the identical DOM');
  const back = renderedTextNodes(document.documentElement, shadows);
  check(back.length === originals.length && back.every((node, i) => node === originals[i]), () => 'revert did not put the same text nodes back');
}

/** With the page changing its DOM between steps: the control copy gets the same changes without ZhuDu. */
function checkStorm(c: Case, page: BuiltPage, options: RubyOptions, journal: DomJournal): void {
  const { shadows } = page;
  const exact = () => serializeDocument(document, { shadows });
  const control = buildControl(c.page);
  const rng = createRng(c.seed);
  const running = blocksOf(page).map((block) => annotateBlock(block, options));
  const storm = [...c.storm];
  const strike = () => {
    const op = storm.shift()!;
    applyOp(page, op);
    applyOp(control, op);
  };
  while (running.length > 0) {
    const i = rng.int(0, running.length - 1);
    if (running[i]!.next().done) running.splice(i, 1);
    if (storm.length > 0 && rng.chance(0.3)) strike();
  }
  while (storm.length > 0) strike();
  annotateAll(page, options); // what ruby mode does when the page has changed
  // Where rubies sit is not checked: the page may have moved annotated text into a field or made it editable.
  checkOurRubies(document, { placement: false });
  const stormed = exact();
  check(annotateAll(page, options) === 0 && exact() === stormed, () => 'after the storm, annotating twice differs from once');
  journal.revert();
  const expected = serializeDocument(control.doc, { shadows: control.shadows });
  check(exact() === expected, () => `after the storm, revert differs from the page without ZhuDu:\n  got  ${exact()}\n  want ${expected}`);
}

function checkCase(c: Case): void {
  const page = buildPage(document, c.page);
  const journal = createDomJournal();
  const options: RubyOptions = { read, journal, toneColors: c.toneColors };
  if (c.storm.length === 0) checkQuiet(page, options, journal);
  else checkStorm(c, page, options, journal);
}

it('ruby adds only rubies, twice equals once, and revert is exact, also under mutation storms', async () => {
  const { cases, ms } = await fuzz<Case>({
    name: 'ruby-annotate',
    generate: (rng) => ({
      // Smaller pages than the other properties: happy-dom builds a ruby (5+ nodes) in about 0.1 ms.
      page: generatePage(rng, 45),
      toneColors: rng.chance(0.5),
      // Half the cases quiet, half stormy. mapChars is left to ruby-mode.test.ts: only ruby mode's
      // observer gives back a node the page wrote to before the page walks its text again.
      storm: rng.chance(0.5) ? [] : generateStorm(rng, ['setData', 'append', 'insertBefore', 'remove', 'setText', 'setAttr', 'move'], rng.int(1, 8)),
      seed: rng.int(0, 2 ** 31),
    }),
    check: checkCase,
    shrink: function* (c) {
      for (const storm of smallerStorm(c.storm)) yield { ...c, storm };
      for (const page of smallerPage(c.page)) yield { ...c, page };
    },
    print: (c) => `${printPage(c.page)}\ntoneColors: ${c.toneColors}, seed ${c.seed}\nstorm:\n${printStorm(c.storm)}`,
  });
  console.log(`ruby-annotate: ${cases} cases in ${(ms / 1000).toFixed(1)} s`);
  expect(cases).toBeGreaterThan(0);
}, timeoutFor());
