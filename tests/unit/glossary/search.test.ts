import { describe, expect, it } from 'vitest';
import { createGlossarySearch, GLOSSARY } from '../../../utils/core/glossary/index';
import { glossary } from '../../helpers/engine';

const terms = (query: string, options?: Parameters<typeof glossary.search>[1]) =>
  glossary.search(query, options)
    .map((r) => r.entry.term);

describe('glossary search', () => {
  it('finds 新质生产力 first by its initials', () => {
    const [first] = glossary.search('xzsc');
    expect(first).toMatchObject({ entry: { term: '新质生产力' }, rank: 'prefix', kind: 'initials' });
    expect(terms('xzscl')[0]).toBe('新质生产力');
  });

  it('finds it by pinyin with or without tones, spaces and tone numbers', () => {
    for (const query of ['xinzhi', 'xīn zhì', 'xīn zhì shēng', 'Xin Zhi Sheng Chan Li', 'xin1 zhi4']) {
      expect(terms(query)[0], query).toBe('新质生产力');
    }
    expect(glossary.search('xinzhishengchanli')[0]).toMatchObject({ rank: 'exact', kind: 'pinyin' });
  });

  it('matches pinyin substrings only at syllable starts', () => {
    expect(terms('shengchanli')).toContain('新质生产力');
    expect(terms('hengchanli')).not.toContain('新质生产力');
  });

  it('finds hanzi substrings and ranks exact over prefix over substring', () => {
    expect(terms('生产力')).toContain('新质生产力');
    expect(terms('新三样').slice(0, 2)).toEqual(['新三样', '外贸新三样']);
    const ranks = glossary.search('三个')
      .map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => ['exact', 'prefix', 'substring'].indexOf(a) - ['exact', 'prefix', 'substring'].indexOf(b)));
    expect(terms('十四五')[0]).toBe('十四五');
    expect(terms('十四五规划')[0]).toBe('十四五');
  });

  it('searches aliases and quote-only forms too', () => {
    expect(terms('双循环')).toContain('新发展格局');
    expect(terms('2+2')[0]).toBe('2+2主特产业集群');
    expect(terms('“三个高地”')[0]).toBe('三个高地');
  });

  it('filters by scope', () => {
    const hunan = glossary.search('三', { scope: 'hunan', limit: 100 });
    expect(hunan.length).toBeGreaterThan(3);
    expect(hunan.every((r) => r.entry.scope === 'hunan')).toBe(true);
    expect(terms('xzsc', { scope: 'zhuzhou' })).not.toContain('新质生产力');
    expect(terms('xzsc', { scope: ['national', 'zhuzhou'] })[0]).toBe('新质生产力');
  });

  it('uses an entry’s reading where pinyin-pro misreads a polyphone', () => {
    expect(terms('liangzhong')).toContain('两重');
  });

  it('respects the limit and returns nothing for an empty query', () => {
    expect(glossary.search('z', { limit: 5 })).toHaveLength(5);
    expect(glossary.search('   ')).toEqual([]);
  });

  it("reads an alias's pinyin with ZhuDu's own reader (no reading is written for aliases)", () => {
    const hit = glossary.search('xiaofeipinyijiuhuanxin')[0];
    expect(hit).toMatchObject({ form: '消费品以旧换新', kind: 'pinyin', rank: 'exact' });
    // Without a reader an alias is still found by its characters, never by a made-up spelling.
    const bare = createGlossarySearch(GLOSSARY);
    expect(bare.search('xiaofeipinyijiuhuanxin')).toEqual([]);
    expect(bare.search('消费品以旧换新')[0]?.form).toBe('消费品以旧换新');
  });

  it('searches a list of entries given to it', () => {
    const search = createGlossarySearch(GLOSSARY.slice(0, 3));
    expect(search.search('qqqq')).toEqual([]);
    expect(search.search(GLOSSARY[0]!.term)[0]?.entry.id).toBe(GLOSSARY[0]!.id);
  });
});
