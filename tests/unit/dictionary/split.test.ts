import { describe, expect, it } from 'vitest';
import { loadPackedDictionary } from '../../../scripts/dictionary/packed-file';
import { packCedict } from '../../../scripts/dictionary/pack';
import { decodeEntry } from '../../../utils/core/dictionary/entry';
import { openPacked } from '../../../utils/core/dictionary/format';
import { createDictionary, createSplitDictionary, SHARD_BYTES } from '../../../utils/core/dictionary/index';
import { openHeadwords, openShard, splitPacked } from '../../../utils/core/dictionary/split';

const SAMPLE = `#! date=2026-01-04
書 书 [Shu1] /abbr. for 書經|书经[Shu1 jing1]/
書 书 [shu1] /book/letter/CL:本[ben3]/
陳 陈 [Chen2] /surname Chen/
投資 投资 [tou2 zi1] /investment/to invest/
株洲 株洲 [Zhu1 zhou1] /see 株洲市[Zhu1 zhou1 Shi4]/
株洲市 株洲市 [Zhu1 zhou1 Shi4] /Zhuzhou, prefecture-level city in Hunan Province/
個 个 [ge4] /(classifier)/
箇 个 [ge4] /variant of 個|个[ge4]/
人 人 [ren2] /person/people/CL:個|个[ge4],位[wei4]/
𠮷 𠮷 [ji2] /variant of 吉[ji2]/
`;

/** A split dictionary over in-memory shards that counts fetches and can be told to fail. */
function splitOf(bytes: Uint8Array, shardBytes: number) {
  const { headwords, shards } = splitPacked(openPacked(bytes), shardBytes);
  const fetched: number[] = [];
  const failing = new Set<number>();
  const dictionary = createSplitDictionary(headwords, (index) => {
    fetched.push(index);
    return failing.has(index) ? Promise.reject(new Error(`shard ${index} unreadable`)) : Promise.resolve(shards[index]!);
  });
  return { dictionary, headwords, shards, fetched, failing };
}

describe('the split dictionary files', () => {
  const packed = packCedict(SAMPLE);
  const whole = createDictionary(packed);

  it('cuts shards of consecutive lines at the byte limit, each knowing its lines', () => {
    const { headwords, shards } = splitPacked(openPacked(packed), 60);
    const { info } = openHeadwords(headwords);
    expect(info.shards[0]).toBe(0);
    expect(info.shards.at(-1)).toBe(info.entries);
    expect(shards.length).toBe(info.shards.length - 1);
    shards.forEach((bytes, i) => {
      const shard = openShard(bytes, info.shards[i]!, info.shards[i + 1]! - info.shards[i]!);
      expect(shard.first).toBe(info.shards[i]);
      // Every shard but the last reaches the limit; none holds a line past it.
      if (i < shards.length - 1) expect(shard.text.length).toBeGreaterThanOrEqual(60);
    });
    expect(() => openShard(shards[1]!, 0, 1)).toThrow(/expected 0\+1/);
  });

  it('finds words with the headword file alone, and loads only the shards of a span', async () => {
    const { dictionary, fetched } = splitOf(packed, 60);
    expect(dictionary.has('株洲市')).toBe(true);
    expect(dictionary.matchLengths('株洲市长', 0, 8)).toEqual([2, 3]);
    expect(dictionary.kinds('书')).toEqual([{ labels: ['abbr'], proper: true }, { labels: [], proper: false }]);
    expect(fetched).toEqual([]);
    await dictionary.loadWithin('在株洲市', 1, 4);
    expect(dictionary.lookup('株洲')).toEqual(whole.lookup('株洲'));
    expect(dictionary.lookup('株洲市')).toEqual(whole.lookup('株洲市'));
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(openHeadwords(splitPacked(openPacked(packed), 60).headwords).info.shards.length - 1);
    await dictionary.loadWithin('株洲', 0, 2);
    expect(new Set(fetched).size).toBe(fetched.length); // each shard once
  });

  it('loads with a word that only points elsewhere the word it names, however far apart they sort', async () => {
    const between = '棉花 棉花 [mian2 hua5] /cotton/\n森林 森林 [sen1 lin2] /forest/\n';
    const pointing = packCedict(`${SAMPLE}桔 桔 [ju2] /variant of 橘[ju2]/\n${between}橘 橘 [ju2] /tangerine/\n`);
    const { dictionary, fetched } = splitOf(pointing, 30);
    await dictionary.loadWithin('桔子', 0, 1);
    expect(new Set(fetched).size).toBe(2);
    expect(dictionary.lookup('橘')[0]?.senses).toEqual(['tangerine']);
    // A word with a sense of its own loads nothing more.
    fetched.length = 0;
    await dictionary.loadWithin('投资', 0, 2);
    expect(fetched.length).toBe(1);
  });

  it('refuses to decode a line whose shard is not loaded', () => {
    const { dictionary } = splitOf(packed, 60);
    expect(() => dictionary.lookup('投资')).toThrow(/shard \d+, which is not loaded/);
    expect(() => dictionary.searchPinyin('touzi', false, 5)).toThrow(/not loaded/);
    expect(dictionary.lookup('没有')).toEqual([]);
  });

  it('rejects a span whose shard cannot be read, and reads it on the next try', async () => {
    const { dictionary, failing } = splitOf(packed, 60);
    failing.add(0);
    failing.add(1);
    await expect(dictionary.loadAll()).rejects.toThrow(/unreadable/);
    failing.clear();
    await dictionary.loadAll();
    expect(dictionary.lookup('书')).toEqual(whole.lookup('书'));
  });

  it('searches English and pinyin once every shard is loaded, as the single file does', async () => {
    const { dictionary } = splitOf(packed, 60);
    await dictionary.loadAll();
    expect(dictionary.searchEnglish('invest', 5)).toEqual(whole.searchEnglish('invest', 5));
    expect(dictionary.searchPinyin('touzi', false, 5)).toEqual(whole.searchPinyin('touzi', false, 5));
    expect(dictionary.startingWith('株', 5)).toEqual(whole.startingWith('株', 5));
    expect(dictionary.lookup('𠮷')).toEqual(whole.lookup('𠮷'));
  });
});

describe('the shipped split of CC-CEDICT', () => {
  const bytes = loadPackedDictionary();
  const packed = openPacked(bytes);
  const { dictionary, headwords, shards } = splitOf(bytes, SHARD_BYTES);

  it('decodes every entry as the single file does', async () => {
    await dictionary.loadAll();
    const decoder = new TextDecoder();
    let line = 0;
    // Headword by headword, in file order: lookup gives back each line's entry.
    while (line < packed.info.entries) {
      const word = decodeEntry(packed, line, decoder).word;
      const expected = [];
      while (line < packed.info.entries && decodeEntry(packed, line, decoder).word === word) expected.push(decodeEntry(packed, line++, decoder));
      expect(dictionary.lookup(word)).toEqual(expected);
    }
  });

  it('reads a small headword file and 100–300 shards of at most 60 KB', () => {
    expect(headwords.length).toBeLessThan(bytes.length / 3);
    expect(shards.length).toBeGreaterThanOrEqual(100);
    expect(shards.length).toBeLessThanOrEqual(300);
    for (const shard of shards) expect(shard.length).toBeLessThan(60_000);
  });
});
