// The page's index of the article's glossary terms (content/term-index.ts), with the background's
// scan stood in for: a term stays a term when its entry's texts could not be read.
import { describe, expect, it } from 'vitest';
import { createTermIndex } from '@/utils/content/term-index';
import type { TermScan } from '@/utils/core/glossary/index';
import { GLOSSARY } from '@/utils/core/glossary/index';
import { blockTextOf } from '@/utils/page/prose';

const TEXT = '加快发展新质生产力。';
const ID = 'xin-zhi-sheng-chan-li';

function articleWith(withEntries: boolean) {
  document.body.innerHTML = '';
  const region = document.createElement('article');
  const p = document.createElement('p');
  p.textContent = TEXT;
  region.append(p);
  document.body.append(region);
  const scan = async (texts: string[]): Promise<TermScan> => ({
    spots: texts.map(() => [{ start: 4, end: 9, text: '新质生产力', entryId: ID }]),
    entries: withEntries ? GLOSSARY.filter((entry) => entry.id === ID) : [],
  });
  const index = createTermIndex(scan, (error) => {
    throw error;
  });
  return { index, region, block: blockTextOf(p.firstChild as Text) };
}

describe('the page’s term index', () => {
  it('lists a term with its entry when the background sent it', async () => {
    const { index, region, block } = articleWith(true);
    expect(await index.terms([region])).toEqual([{ term: '新质生产力', count: 1, known: true, id: ID, gloss: expect.any(String), scope: 'national' }]);
    expect(index.spotsOf(block)![0]).toMatchObject({ entryId: ID, entry: { id: ID } });
  });

  it('keeps a term known by its id when its entry could not be read: marked, listed, found', async () => {
    const { index, region, block } = articleWith(false);
    expect(await index.terms([region])).toEqual([{ term: '新质生产力', count: 1, known: true, id: ID }]);
    expect(index.spotsOf(block)![0]).toEqual({ start: 4, end: 9, text: '新质生产力', entryId: ID });
    expect((await index.find([region], ID))?.spot.entryId).toBe(ID);
  });
});
