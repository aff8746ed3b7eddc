// The background's word service over the split dictionary the extension ships: every card is made
// from the shards of its own span only, the same card the single file gives, and an unreadable shard
// costs that card its senses, not the worker.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createWordService } from '../../../utils/background/word-service';
import { createSplitDictionary } from '../../../utils/core/dictionary/index';
import { openPacked } from '../../../utils/core/dictionary/format';
import { splitPacked } from '../../../utils/core/dictionary/split';
import { SHARD_BYTES } from '../../../utils/core/dictionary/paths';
import { loadNodeDictionary, loadPackedDictionary } from '../../../scripts/dictionary/packed-file';
import { ENGINE } from '../../helpers/engine';

const { headwords, shards } = splitPacked(openPacked(loadPackedDictionary()), SHARD_BYTES);
const articles = JSON.parse(readFileSync(new URL('../../fixtures/articles.json', import.meta.url), 'utf8')) as { paragraphs: string[] }[];
const request = (text: string, offset: number) => ({ text, offset, toneStyle: 'marks' as const, toneSandhi: true, corrections: [] });

/** A service over a fresh split dictionary whose shard fetches are counted and can fail. */
function splitService() {
  const fetched: number[] = [];
  const failing = new Set<number>();
  const errors: unknown[] = [];
  const dictionary = createSplitDictionary(headwords, async (index) => {
    fetched.push(index);
    if (failing.has(index)) throw new Error(`shard ${index} unreadable`);
    return shards[index]!;
  });
  const service = createWordService(ENGINE, async () => dictionary, (error) => errors.push(error));
  return { service, fetched, failing, errors };
}

describe('cards over the split dictionary', () => {
  const whole = createWordService(ENGINE, async () => loadNodeDictionary(), (error) => {
    throw error;
  });

  it('gives every word of an article, terms included, the single file’s card from a few shards', async () => {
    const text = [...articles[0]!.paragraphs.slice(0, 2), '加快发展新质生产力，“四个一批”'].join('');
    for (let offset = 0; offset < text.length; offset += 3) {
      // A fresh worker each time: nothing but this card's shards is loaded.
      const { service, fetched, errors } = splitService();
      expect(await service.lookUp(request(text, offset)), `at ${offset}`).toEqual(await whole.lookUp(request(text, offset)));
      expect(errors).toEqual([]);
      expect(fetched.length, `at ${offset}`).toBeLessThanOrEqual(12);
    }
  }, 120_000);

  it('reports an unreadable shard, answers with pinyin only, and reads it on the next request', async () => {
    const { service, failing, errors } = splitService();
    for (const index of shards.keys()) failing.add(index);
    const card = await service.lookUp(request('一期投资4亿元', 3));
    expect(card?.word.text).toBeDefined();
    expect(card?.word.meanings).toBeUndefined();
    expect(errors.length).toBeGreaterThanOrEqual(1);
    failing.clear();
    const again = await service.lookUp(request('一期投资4亿元', 3));
    expect(again?.word.meanings?.[0]?.senses.join('; ')).toMatch(/invest/);
  });

  it('reads the other shards one at a time after the first card', async () => {
    const { service, fetched } = splitService();
    await service.lookUp(request('一期投资4亿元', 3));
    const first = fetched.length;
    expect(first).toBeLessThan(shards.length);
    await vi.waitFor(() => expect(fetched.length).toBe(shards.length), { timeout: 5_000 });
    expect(new Set(fetched).size).toBe(shards.length);
  });

  it('gets ready for the first card when a pointer wakes it, reading no shard (they would compete with the card’s)', async () => {
    const { service, fetched } = splitService();
    expect(await service.prepare()).toBe(true);
    expect(fetched).toEqual([]);
    const found = await service.lookUp(request('加快发展新质生产力，株洲市长陈恢清说', 15));
    expect(found?.word).toMatchObject({ text: '陈恢清', kind: 'name' });
  });

  it('answers the card under the pointer before a scan of glossary terms asked after it', async () => {
    // The card's shard arrives late; the scan needs none, so it would otherwise take the thread first.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const dictionary = createSplitDictionary(headwords, async (index) => (await held, shards[index]!));
    const service = createWordService(ENGINE, async () => dictionary, (error) => {
      throw error;
    });
    const order: string[] = [];
    const card = service.lookUp(request('加快发展新质生产力，株洲市长陈恢清说', 15)).then(() => order.push('card'));
    const scan = service.scanTerms(['加快发展新质生产力']).then(() => order.push('scan'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([card, scan]);
    expect(order).toEqual(['card', 'scan']);
  });

  it('loads every shard before a search and before a whole text’s cards', async () => {
    const { service } = splitService();
    expect((await service.search('invest', 5)).map((hit) => hit.word)).toContain('投资');
    const text = articles[1]!.paragraphs[0]!;
    const fresh = splitService();
    expect(await fresh.service.lookUpAll(request(text, 0))).toEqual(await whole.lookUpAll(request(text, 0)));
  });
});
