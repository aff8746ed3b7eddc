// Fuzz: glossary marks on random pages. happy-dom has no CSS Highlight API, so marks cannot be
// painted: they must still leave the DOM alone, and termAt, terms() and reveal() must not throw.
import './happy-dom';
import { expect, it } from 'vitest';
import { createErrorLog } from '@/utils/content/error-log';
import type { TermScanner } from '@/utils/content/term-index';
import { startTestMarks, type TestMarks } from '../../helpers/page-env';
import { proseBlocks as articleBlocks } from '@/utils/page/prose';
import { locateArticle } from '@/utils/page/locate-article';
import { check, show } from './assert';
import { buildPage } from './build';
import { generatePage } from './generate';
import { printPage, type PageModel } from './model';
import { fuzz, timeoutFor } from './run';
import { serializeDocument } from './serialize';
import { smallerPage } from './shrink';
import { applyOp, generateStorm, printStorm, smallerStorm, type Op } from './storm';
import { glossary } from '../../helpers/engine';

interface Case {
  page: PageModel;
  showMarks: boolean;
  storm: Op[];
}

/** Finds terms as the background does, a task later. */
const scan: TermScanner = (texts) => new Promise((resolve) => setTimeout(() => resolve(glossary.scan(texts)), 0));

async function exercise(marks: TestMarks, regions: () => Element[]): Promise<void> {
  const terms = await marks.terms(); // every block of the article is scanned by then
  let found = 0;
  for (const block of articleBlocks(regions())) {
    for (let offset = 0; offset <= block.text.length; offset++) {
      const spot = marks.termAt(block, offset);
      if (!spot) continue;
      found++;
      const where = () => `termAt(${offset}) of ${show(block.text)} = ${show(spot)}`;
      check(spot.start <= offset && offset < spot.end && block.text.slice(spot.start, spot.end) === spot.text, where);
    }
  }
  check(terms.length === 0 || found > 0, () => `terms() lists ${show(terms)} but termAt finds none`);
  for (const term of terms) {
    check(await marks.reveal(term.id ?? term.term), () => `terms() lists ${show(term.term)} but reveal() cannot find it`);
  }
  check(!(await marks.reveal('不存在的口号')), () => 'revealed a term that is not on the page');
  marks.refresh();
}

async function checkCase(c: Case): Promise<void> {
  const page = buildPage(document, c.page);
  const snapshot = () => serializeDocument(document, { shadows: page.shadows });
  const before = snapshot();
  const caught: unknown[] = [];
  const errors = createErrorLog((error) => caught.push(error));
  // As the session does: the article is found again when the page replaced it.
  let location = locateArticle(document, page.url);
  const regions = () => {
    if (location.regions.some((region) => !region.isConnected)) location = locateArticle(document, page.url);
    return location.regions;
  };
  const marks = startTestMarks({ doc: document, regions, showMarks: c.showMarks, scan, errors });
  try {
    await exercise(marks, regions);
    check(snapshot() === before, () => 'glossary marks changed the page');
    for (const op of c.storm) applyOp(page, op);
    await Promise.resolve(); // the marks' MutationObserver hears the storm
    const stormed = snapshot();
    await exercise(marks, regions);
    check(snapshot() === stormed, () => 'glossary marks changed the page after it mutated');
  } finally {
    marks.stop();
  }
  check(caught.length === 0 && errors.count === 0, () => `errors: ${caught.map(String).join('; ')}`);
}

it('glossary marks never touch the page, and every listed term can be revealed', async () => {
  const { cases, ms } = await fuzz<Case>({
    name: 'glossary-marks',
    generate: (rng) => ({
      page: generatePage(rng),
      showMarks: rng.chance(0.8),
      storm: generateStorm(rng, ['setData', 'mapChars', 'append', 'insertBefore', 'remove', 'setText', 'setAttr', 'move'], rng.int(0, 6)),
    }),
    check: checkCase,
    shrink: function* (c) {
      for (const storm of smallerStorm(c.storm)) yield { ...c, storm };
      for (const page of smallerPage(c.page)) yield { ...c, page };
    },
    print: (c) => `${printPage(c.page)}\nshowMarks: ${c.showMarks}\nstorm:\n${printStorm(c.storm)}`,
  });
  console.log(`glossary-marks: ${cases} cases in ${(ms / 1000).toFixed(1)} s`);
  expect(cases).toBeGreaterThan(0);
}, timeoutFor());
