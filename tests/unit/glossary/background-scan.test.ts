// The background answers a page's scanTerms with CC-CEDICT at hand, so quoted coinages are flagged there.
import { describe, expect, it } from 'vitest';
import { backgroundHandlers } from '../../../utils/background/handlers';
import { createWordService } from '../../../utils/background/word-service';
import { BUNDLED_DATA } from '../../../utils/core/bundled-data';
import type { TermScan } from '../../../utils/core/glossary/index';
import type { StorageOwner } from '../../../utils/storage/owner';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { createLazyEntries } from '../../../utils/core/glossary/lazy-entries';
import { backgroundEngine } from '../../helpers/engine';

const TEXT = '“串珍珠”工作获表扬，“导航”服务和“四个一批”';

function scanWith(load: () => Promise<ReturnType<typeof loadNodeDictionary>>): Promise<TermScan> {
  const { engine, entries } = backgroundEngine();
  const words = createWordService(engine, load, () => {}, entries);
  const handlers = backgroundHandlers(BUNDLED_DATA.pinyin, {} as StorageOwner, words, async () => false);
  return Promise.resolve(handlers.scanTerms({ texts: [TEXT] }) as TermScan | Promise<TermScan>);
}

describe('scanTerms in the background', () => {
  it('flags quoted coinages but not dictionary words when CC-CEDICT loads', async () => {
    const { spots } = await scanWith(async () => loadNodeDictionary());
    expect(spots[0]!.filter((s) => !s.entryId).map((s) => s.text)).toEqual(['串珍珠', '四个一批']);
  });

  it('flags only slogan shapes when the dictionary cannot be read', async () => {
    const { spots } = await scanWith(async () => Promise.reject(new Error('no file')));
    expect(spots[0]!.filter((s) => !s.entryId).map((s) => s.text)).toEqual(['四个一批']);
  });
});

describe('a card on a term when the glossary entries cannot be read', () => {
  const request = { text: '加快发展新质生产力', offset: 6, toneStyle: 'marks' as const, toneSandhi: true, corrections: [] };

  it('says the term is in the glossary but unreadable, not that the glossary lacks it', async () => {
    const { engine } = backgroundEngine();
    const errors: unknown[] = [];
    const unreadable = createLazyEntries(['xin-zhi-sheng-chan-li'], async () => Promise.reject(new Error('entries.json damaged')), (error) => errors.push(error));
    const words = createWordService(engine, async () => loadNodeDictionary(), (error) => errors.push(error), unreadable);
    const card = await words.lookUp(request);
    expect(card?.word.text).toBe('新质生产力');
    expect(card?.term).toEqual({ text: '新质生产力', unavailable: true });
    expect(errors.length).toBeGreaterThan(0);
  });

  it('shows the entry once it can be read', async () => {
    const { engine, entries } = backgroundEngine();
    const words = createWordService(engine, async () => loadNodeDictionary(), () => {}, entries);
    expect((await words.lookUp(request))?.term?.entry?.id).toBe('xin-zhi-sheng-chan-li');
  });
});
