// Fuzz: locateArticle and extractArticle on random pages never throw and never change the page,
// and what they return is well formed.
import './happy-dom';
import { expect, it } from 'vitest';
import { pageKind } from '@/utils/core/site/hosts';
import { hasHan } from '@/utils/core/text/han';
import { extractArticle } from '@/utils/page/extract-article';
import { locateArticle } from '@/utils/page/locate-article';
import { check, show } from './assert';
import { buildPage } from './build';
import { generatePage } from './generate';
import { printPage, type PageModel } from './model';
import { fuzz, timeoutFor } from './run';
import { serializeDocument } from './serialize';
import { smallerPage } from './shrink';

function checkPage(model: PageModel): void {
  const page = buildPage(document, model);
  const before = serializeDocument(document, { shadows: page.shadows });
  const location = locateArticle(document, page.url);
  check(location.kind === pageKind(page.url), () => `kind ${location.kind}`);
  const { regions } = location;
  for (const region of regions) {
    check(region.isConnected && region.ownerDocument === document, () => `region <${region.localName}> is not in the page`);
    check(!regions.some((other) => other !== region && other.contains(region)), () => `region <${region.localName}> is inside another`);
  }
  check(new Set(regions).size === regions.length, () => 'a region is listed twice');
  for (const part of [location.title, location.pretitle, location.subtitle, location.body]) {
    check(part === null || regions.some((region) => region.contains(part)), () => `<${part!.localName}> is outside the regions`);
  }
  check(regions.length === 0 || location.rule !== 'none', () => `rule none with ${regions.length} regions`);

  const article = extractArticle(document, page.url);
  for (const paragraph of article.paragraphs) {
    check(paragraph === paragraph.trim() && !/[\s\u3000]{2}/.test(paragraph) && hasHan(paragraph), () => `paragraph ${show(paragraph)}`);
  }
  check(article.title === article.title.trim(), () => `title ${show(article.title)}`);
  check(article.source !== 'none' || article.paragraphs.length === 0, () => 'source none with paragraphs');
  check(serializeDocument(document, { shadows: page.shadows }) === before, () => 'locateArticle or extractArticle changed the page');
}

it('locateArticle and extractArticle never throw, never write, and return parts of the page', async () => {
  const { cases, ms } = await fuzz<PageModel>({
    name: 'locate-extract',
    generate: (rng) => generatePage(rng),
    check: checkPage,
    shrink: smallerPage,
    print: printPage,
  });
  console.log(`locate-extract: ${cases} cases in ${(ms / 1000).toFixed(1)} s`);
  expect(cases).toBeGreaterThan(0);
}, timeoutFor());
