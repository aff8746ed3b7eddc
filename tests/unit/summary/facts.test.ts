import { describe, expect, it } from 'vitest';
import { extractFacts, FACT_TAGS_ZH, factCategory, placeQueries, type Fact, type PlaceQuery } from '@/utils/core/summary/facts';
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';
import { dictionaryPlaceCheck } from '@/utils/core/summary/dictionary-places';
import { seed } from './seed';

function factsOf(slug: string): Fact[] {
  const article = seed(slug);
  return extractFacts([article.title, article.subtitle, ...article.paragraphs].filter(Boolean));
}

const texts = (facts: Fact[], kind: Fact['kind']) => facts.filter((f) => f.kind === kind).map((f) => f.text);

describe('extractFacts on the seed articles', () => {
  it('finds the headline figures of 炎陵 with what they measure', () => {
    const facts = factsOf('yanling');
    expect(facts).toContainEqual({ kind: 'money', text: '12.6亿元', label: '总投资额' });
    expect(facts).toContainEqual(expect.objectContaining({ kind: 'figure', text: '9天' }));
    expect(facts).toContainEqual({ kind: 'figure', text: '100亩', label: '该项目规划用地面积' });
    expect(facts).toContainEqual({ kind: 'figure', text: '150个', label: '新增就业岗位' });
    expect(facts).toContainEqual({ kind: 'money', text: '3000万元', label: '新增税收' });
    expect(texts(facts, 'figure')).toContain('20余台');
  });

  it('finds the 38 markets of 芦淞', () => {
    expect(factsOf('lusong')).toContainEqual({ kind: 'figure', text: '38个', label: '芦淞市场群' });
  });

  it('reads dates as dates, not as figures', () => {
    const facts = factsOf('yanling');
    expect(texts(facts, 'date')).toEqual(['2月6日', '2026年']);
    expect(texts(facts, 'figure')).not.toContain('2月');
    expect(texts(factsOf('zhaoshang'), 'date')).toEqual(['2023年', '2024年', '2018年']);
  });

  it('finds people with their titles and does not eat the verb after the name', () => {
    expect(factsOf('changwu')).toContainEqual({ kind: 'person', text: '市长陈恢清', title: '市长', label: '陈恢清' });
    expect(texts(factsOf('xuncha'), 'person')).toEqual(['市委书记曹慧泉']);
    expect(texts(factsOf('tongzhan'), 'person')).toEqual(['市委书记曹慧泉', '市长陈恢清']);
    expect(texts(factsOf('beidou'), 'person')).toEqual(['市长陈恢清', '院长池天河', '副主任刘会才']);
    expect(texts(factsOf('yanling'), 'person')).toEqual(['党工委副书记曾寿仁']);
    // 尚斌主持: a two-character name, with 主持 left alone.
    expect(texts(factsOf('renda'), 'person')).toContain('主任尚斌');
  });

  it('finds places from the gazetteer, longest first, and leaves the home city out', () => {
    expect(texts(factsOf('yanling'), 'place')).toEqual(['炎陵县', '炎陵高新区']);
    expect(texts(factsOf('lusong'), 'place')).toContain('芦淞区');
    expect(texts(factsOf('zhaoshang'), 'place')).not.toContain('株洲');
  });

  it('finds organisations by suffix, starting at the name', () => {
    expect(texts(factsOf('yanling'), 'organisation')).toEqual(['双子星股份有限公司']);
    expect(texts(factsOf('zhaoshang'), 'organisation')).toEqual(['株洲高新区管委会', '湖南新翼智能科技有限公司']);
    expect(texts(factsOf('changwu'), 'organisation')).toEqual(['株洲市政府', '市教育局']);
    // 服务中心大局, 良好开局 and 地方政府 end like organisations but are not.
    expect(texts(factsOf('tongzhan'), 'organisation')).toEqual(['市工商联', '市政府']);
  });
});

describe('extractFacts patterns', () => {
  it('finds places by suffix after a boundary, but not common words', () => {
    expect(texts(extractFacts(['项目落在湘潭市，并在白关镇建厂。全市各区推动全市发展。']), 'place')).toEqual(['湘潭市', '白关镇']);
    expect(texts(extractFacts(['天泽华丽市场二楼']), 'place')).toEqual([]);
  });

  it('reads money with qualifiers and foreign currencies', () => {
    expect(extractFacts(['分配约400亿美元的投资']).map((f) => f.text)).toEqual(['400亿美元']);
  });

  it('returns each fact once', () => {
    expect(extractFacts(['投资12.6亿元。', '总投资12.6亿元。']).filter((f) => f.text === '12.6亿元')).toHaveLength(1);
  });
});

/** Issue 15: phrases of real news that end like a place or an organisation but are not one. */
describe('extractFacts noise from real news', () => {
  const placesOf = (text: string) => texts(extractFacts([text]), 'place');
  const orgsOf = (text: string) => texts(extractFacts([text]), 'organisation');

  it.each([
    ['今年地区生产总值增长5.2%，好于预期。', '今年地区'],
    ['她以占全省三分之一的产量领先。', '她以占全省'],
    ['该中心服务三市一区的企业。', '服务三市'],
    ['他年轻时上山下乡，后来留在了炎陵。', '上山下乡'],
    ['村里通过引老乡回乡创业带动就业。', '通过引老乡'],
    ['各项任务完成率全市第一。', '完成率全市'],
    ['群众安居乐业的美丽乡村画卷正在展开。', '美丽乡村'],
  ])('%s: %s is not a place or an organisation', (text, noise) => {
    const facts = extractFacts([text]);
    expect(facts.map((f) => f.text)).not.toContain(noise);
    expect(placesOf(text).filter((p) => p !== '炎陵')).toEqual([]);
    expect(orgsOf(text)).toEqual([]);
  });

  it('reads where a place lies and where people come from without the verb (东接霞阳镇, 来自永州市)', () => {
    expect(placesOf('鹿原镇东接霞阳镇，南邻船形乡，西抵安仁县。')).toEqual(['鹿原镇', '霞阳镇', '船形乡', '安仁县']);
    expect(placesOf('来自各县市的代表参加。')).toEqual([]);
    expect(placesOf('来自双牌县的代表参加。')).toEqual(['双牌县']);
    expect(placesOf('湖南省乡村振兴局发布名单。')).not.toContain('湖南省乡村');
  });

  it('reads an organisation without the verb before it', () => {
    expect(orgsOf('会上邀请湖南南方通用航空发动机有限公司介绍经验。')).toEqual(['湖南南方通用航空发动机有限公司']);
    expect(orgsOf('沈晓明在长沙会见香港大公文汇传媒集团董事长。')).toEqual(['香港大公文汇传媒集团']);
    expect(orgsOf('湖南正着力以促进大学生创业。')).toEqual([]);
  });

  it('lists a place or an organisation once, by its full name', () => {
    const facts = extractFacts(['郴州市商务局在郴州举办。市商务局表示，郴州市将继续办好。']);
    expect(texts(facts, 'place')).toEqual(['郴州市']);
    expect(texts(facts, 'organisation')).toEqual(['郴州市商务局']);
  });

  it('keeps a real place next to the noise', () => {
    expect(placesOf('他年轻时上山下乡，后来留在了炎陵县。')).toEqual(['炎陵县']);
  });

  it('keeps an organisation whole: a branch with its company', () => {
    const orgs = orgsOf('北京汽车股份有限公司株洲分公司今年投产新车型。');
    expect(orgs).toEqual(['北京汽车股份有限公司株洲分公司']);
    expect(orgsOf('株洲分公司今年投产。')).toEqual([]);
  });

  it('keeps a company whole when its legal form follows a group or an institute', () => {
    expect(orgsOf('集中探访中车株洲所、株洲联诚集团控股股份有限公司。')).toEqual(['株洲联诚集团控股股份有限公司']);
    expect(orgsOf('中车株洲电力机车研究所有限公司发布新车。')).toEqual(['中车株洲电力机车研究所有限公司']);
  });

  it('does not read a year inside a phrase as part of an organisation', () => {
    const orgs = orgsOf('湘潭市2025年政府工作报告提出，要扩大有效投资。');
    expect(orgs).not.toContain('湘潭市2025年政府');
    expect(orgs.every((o) => !/\d/.test(o))).toBe(true);
  });
});

describe('factCategory', () => {
  it('labels money for a project as investment, other money as an amount', () => {
    expect(factCategory({ kind: 'money', text: '12.6亿元', label: '总投资额' })).toBe('investment');
    expect(factCategory({ kind: 'money', text: '3000万元', label: '新增税收' })).toBe('money');
    expect(factCategory({ kind: 'person', text: '市长陈恢清', title: '市长', label: '陈恢清' })).toBe('person');
    expect(FACT_TAGS_ZH[factCategory({ kind: 'figure', text: '38个' })]).toBe('数量');
  });
});

describe('extractFacts with a dictionary', () => {
  it('drops a place the dictionary calls a common word, keeps one it calls a name', () => {
    const isPlace = ({ name }: PlaceQuery) => (name === '白关镇' ? false : name === '湘潭市' ? true : undefined);
    const places = texts(extractFacts(['项目落在湘潭市，并在白关镇建厂。'], { isPlace }), 'place');
    expect(places).toEqual(['湘潭市']);
  });

  it('asks about each place the rules find once, with the characters before it', () => {
    expect(placeQueries(['项目落在湘潭市，并在白关镇建厂。', '湘潭市在建']).map(({ name, before }) => `${before}|${name}`)).toEqual(['目落在|湘潭市', '，并在|白关镇', '|湘潭市']);
  });

  it('reads CC-CEDICT: proper nouns are places, common words and the tails of longer words are not, unknown phrases are left to the rules', () => {
    const check = dictionaryPlaceCheck(loadNodeDictionary());
    expect(check({ name: '湘潭市', before: '落在' })).toBe(true);
    expect(check({ name: '全市', before: '' })).toBe(false);
    expect(check({ name: '然保护区', before: '家级自' })).toBe(false); // 自然保护区, "nature reserve"
    expect(check({ name: '白关镇', before: '并在' })).toBeUndefined();
  });

  it('a nature reserve in a real article is not a place named 然保护区', () => {
    const text = '会议研究桃源洞国家级自然保护区申报保护管理事项。';
    expect(texts(extractFacts([text]), 'place')).toContain('然保护区'); // the rules alone
    expect(texts(extractFacts([text], { isPlace: dictionaryPlaceCheck(loadNodeDictionary()) }), 'place')).not.toContain('然保护区');
  });
});
