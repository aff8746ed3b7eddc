import { describe, expect, it } from 'vitest';
import { packCedict } from '../../../scripts/dictionary/pack';
import { createDictionary, type DictEntry } from '../../../utils/core/dictionary/index';

// Hand-written CEDICT lines, with what the packed dictionary must give back for each.
const SAMPLE = `# CC-CEDICT
#! version=1
#! date=2026-01-04T16:04:33Z
書 书 [Shu1] /abbr. for 書經|书经[Shu1 jing1]/
書 书 [shu1] /book/letter/document/CL:本[ben3],冊|册[ce4], 部[bu4]/to write/
陳 陈 [Chen2] /surname Chen/
陳 陈 [chen2] /(bound form) to lay out; to exhibit; to display/old; stale/
投資 投资 [tou2 zi1] /investment/to invest/
株洲 株洲 [Zhu1 zhou1] /see 株洲市[Zhu1 zhou1 Shi4]/
株洲市 株洲市 [Zhu1 zhou1 Shi4] /Zhuzhou, prefecture-level city in Hunan Province 湖南省[Hu2 nan2 Sheng3]/
習近平 习近平 [Xi2 Jin4 ping2] /Xi Jinping (1953–), PRC politician/
個 个 [ge4] /(classifier used before a noun that has no specific classifier)/(bound form) individual/
箇 个 [ge4] /variant of 個|个[ge4]/
兒 儿 [r5] /non-syllabic diminutive suffix; retroflex final/
女 女 [nu:3] /female/woman/daughter/
夢 梦 [meng4] /dream (CL:場|场[chang2],個|个[ge4])/
人大 人大 [Ren2 da4] /Renmin University of China (abbr. for 中國人民大學|中国人民大学[Zhong1 guo2 Ren2 min2 Da4 xue2])/
人大 人大 [ren2 da4] /people's congress (abbr. for 人民代表大會|人民代表大会[ren2 min2 dai4 biao3 da4 hui4])/
人 人 [ren2] /person/people/CL:個|个[ge4],位[wei4]/
𠮷 𠮷 [ji2] /variant of 吉[ji2]/
ＡＡ制 ＡＡ制 [A A zhi4] /to split the bill/
`;

const entry = (fields: Partial<DictEntry> & Pick<DictEntry, 'word' | 'pinyin' | 'senses'>): DictEntry => ({
  classifiers: [],
  labels: [],
  proper: false,
  ...fields,
});

const EXPECTED: Record<string, DictEntry[]> = {
  书: [
    entry({ word: '书', pinyin: 'Shu1', senses: ['abbr. for 書經|书经[Shu1 jing1]'], labels: ['abbr'], proper: true }),
    entry({
      word: '书',
      pinyin: 'shu1',
      senses: ['book', 'letter', 'document', 'to write'],
      classifiers: [
        { hanzi: '本', pinyin: 'ben3' },
        { hanzi: '册', pinyin: 'ce4' },
        { hanzi: '部', pinyin: 'bu4' },
      ],
    }),
  ],
  陈: [
    entry({ word: '陈', pinyin: 'Chen2', senses: ['surname Chen'], labels: ['surname'], proper: true }),
    entry({ word: '陈', pinyin: 'chen2', senses: ['(bound form) to lay out; to exhibit; to display', 'old; stale'] }),
  ],
  投资: [entry({ word: '投资', pinyin: 'tou2 zi1', senses: ['investment', 'to invest'] })],
  株洲: [entry({ word: '株洲', pinyin: 'Zhu1 zhou1', senses: ['see 株洲市[Zhu1 zhou1 Shi4]'], labels: ['place'], proper: true })],
  株洲市: [
    entry({
      word: '株洲市',
      pinyin: 'Zhu1 zhou1 Shi4',
      senses: ['Zhuzhou, prefecture-level city in Hunan Province 湖南省[Hu2 nan2 Sheng3]'],
      labels: ['place'],
      proper: true,
    }),
  ],
  习近平: [entry({ word: '习近平', pinyin: 'Xi2 Jin4 ping2', senses: ['Xi Jinping (1953–), PRC politician'], labels: ['name'], proper: true })],
  个: [
    entry({ word: '个', pinyin: 'ge4', senses: ['(classifier used before a noun that has no specific classifier)', '(bound form) individual'] }),
    entry({ word: '个', pinyin: 'ge4', senses: ['variant of 個|个[ge4]'], labels: ['variant'] }),
  ],
  儿: [entry({ word: '儿', pinyin: 'r5', senses: ['non-syllabic diminutive suffix; retroflex final'] })],
  女: [entry({ word: '女', pinyin: 'nu:3', senses: ['female', 'woman', 'daughter'] })],
  梦: [
    entry({
      word: '梦',
      pinyin: 'meng4',
      senses: ['dream (CL:場|场[chang2],個|个[ge4])'],
      classifiers: [
        { hanzi: '场', pinyin: 'chang2' },
        { hanzi: '个', pinyin: 'ge4' },
      ],
    }),
  ],
  人大: [
    entry({
      word: '人大',
      pinyin: 'Ren2 da4',
      senses: ['Renmin University of China (abbr. for 中國人民大學|中国人民大学[Zhong1 guo2 Ren2 min2 Da4 xue2])'],
      labels: ['abbr'],
      proper: true,
    }),
    entry({
      word: '人大',
      pinyin: 'ren2 da4',
      senses: ["people's congress (abbr. for 人民代表大會|人民代表大会[ren2 min2 dai4 biao3 da4 hui4])"],
      labels: ['abbr'],
    }),
  ],
  人: [
    entry({
      word: '人',
      pinyin: 'ren2',
      senses: ['person', 'people'],
      classifiers: [
        { hanzi: '个', pinyin: 'ge4' },
        { hanzi: '位', pinyin: 'wei4' },
      ],
    }),
  ],
  '𠮷': [entry({ word: '𠮷', pinyin: 'ji2', senses: ['variant of 吉[ji2]'], labels: ['variant'] })],
  ＡＡ制: [entry({ word: 'ＡＡ制', pinyin: 'A A zhi4', senses: ['to split the bill'] })],
};

const dictionary = createDictionary(packCedict(SAMPLE, { source: 'test sample' }));

describe('packCedict round trip', () => {
  it('gives back every entry of every headword exactly, in CEDICT order', () => {
    for (const [word, entries] of Object.entries(EXPECTED)) expect(dictionary.lookup(word), word).toEqual(entries);
  });

  it('counts entries and headwords and keeps the header date and source', () => {
    expect(dictionary.size).toBe(Object.values(EXPECTED).flat().length);
    expect(dictionary.headwords).toBe(Object.keys(EXPECTED).length);
    expect(dictionary.date).toBe('2026-01-04');
    expect(dictionary.source).toBe('test sample');
  });

  it('finds nothing for words it does not have, or for prefixes of words it has', () => {
    for (const word of ['', '株', '投', '书书', '习近', 'x', '\uD842']) {
      expect(dictionary.lookup(word), word).toEqual([]);
      expect(dictionary.has(word), word).toBe(false);
    }
    expect(dictionary.has('株洲')).toBe(true);
  });

  it('matches every headword at a position, within maxLength, astral and fullwidth ones too', () => {
    expect(dictionary.matchLengths('株洲市长', 0, 8)).toEqual([2, 3]);
    expect(dictionary.matchLengths('株洲市长', 0, 2)).toEqual([2]);
    expect(dictionary.matchLengths('在株洲', 1, 8)).toEqual([2]);
    expect(dictionary.matchLengths('人大代表', 0, 8)).toEqual([1, 2]);
    expect(dictionary.matchLengths('𠮷人', 0, 8)).toEqual([2]);
    expect(dictionary.matchLengths('𠮷人', 0, 1)).toEqual([]);
    expect(dictionary.matchLengths('ＡＡ制', 0, 8)).toEqual([3]);
    expect(dictionary.matchLengths('株洲', 2, 8)).toEqual([]);
  });

  it('takes the date from the options when the text has no header, and needs one', () => {
    const lines = '投資 投资 [tou2 zi1] /investment/to invest/\n';
    expect(createDictionary(packCedict(lines, { date: '2025-12-31' })).date).toBe('2025-12-31');
    expect(() => packCedict(lines)).toThrow(/date/);
  });

  it('rejects a line that is not a CEDICT entry', () => {
    expect(() => packCedict('#! date=2026-01-04\n投資 投资 tou2 zi1 /investment/\n')).toThrow(/line 2/);
  });

  it('reads bytes at any offset, as a Uint8Array or an ArrayBuffer', () => {
    const packed = packCedict(SAMPLE);
    const shifted = new Uint8Array(packed.length + 1);
    shifted.set(packed, 1);
    expect(createDictionary(shifted.subarray(1)).lookup('投资')).toEqual(EXPECTED['投资']);
    expect(createDictionary(packed.slice().buffer).lookup('投资')).toEqual(EXPECTED['投资']);
  });

  it('packs the same text to the same bytes', () => {
    expect(packCedict(SAMPLE)).toEqual(packCedict(SAMPLE));
  });

  it('rejects packed data of another kind', () => {
    expect(() => createDictionary(new Uint8Array(64))).toThrow(/not a packed dictionary/);
  });
});
