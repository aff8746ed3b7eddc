import { describe, expect, it } from 'vitest';
import { centroidScores, leadIndices, salienceScores, textRankIndices, topK } from '@/utils/core/summary/rank';
import { extractSummary } from '@/utils/core/summary/select';
import { visibleLength } from '@/utils/core/summary/grams';
import { textRankScores } from '@/utils/core/summary/textrank';

const ARTICLE = [
  '2月9日，芦淞市场群38个市场迎来蛇年开市首日，吸引众多客商前来选款进货。',
  '市场商户们早早来到档口，忙着整理货架。',
  '在天泽华丽市场，店主罗志高正和客户对接订单款式。',
  '芦淞市场群开市首日，客商选款进货十分踊跃，市场一派繁忙景象。',
];

describe('baselines', () => {
  it('Lead-k takes the first k sentences', () => {
    expect(leadIndices(ARTICLE, 2)).toEqual([0, 1]);
    expect(leadIndices(ARTICLE.slice(0, 1), 3)).toEqual([0]);
  });

  it('TextRank scores sum to 1 and favour sentences that share words with the others', () => {
    const scores = textRankScores(ARTICLE.map((s) => new Set([...s])));
    expect(scores.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
    expect(textRankIndices(ARTICLE, 2)).toEqual([0, 3]);
  });

  it('topK returns indices in article order, ties to the earlier sentence', () => {
    expect(topK([0.1, 0.5, 0.5, 0.9], 2)).toEqual([1, 3]);
  });
});

describe('centroidScores', () => {
  it('without a position prior, ranks the sentences that repeat the article vocabulary first', () => {
    expect(topK(centroidScores(ARTICLE, 0), 2)).toEqual([0, 3]);
  });

  it('with the prior, favours the lead', () => {
    const scores = centroidScores(ARTICLE, 0.75);
    expect(Math.max(...scores)).toBe(scores[0]);
    expect(topK(scores, 2)).toEqual([0, 1]);
  });
});

describe('salienceScores', () => {
  it('is the centroid at textRankWeight 0 and TextRank × prior at 1, each scaled to the best sentence', () => {
    const centroid = centroidScores(ARTICLE, 0.5);
    const top = Math.max(...centroidScores(ARTICLE, 0));
    salienceScores(ARTICLE, 0.5, 0).forEach((score, i) => expect(score).toBeCloseTo(centroid[i]! / top));
    expect(topK(salienceScores(ARTICLE, 1, 1), 2)).toEqual(textRankIndices(ARTICLE, 2));
  });
});

describe('extractSummary', () => {
  it('returns whole sentences in article order when they fit', () => {
    const result = extractSummary(ARTICLE, { budget: 120, positionWeight: 0.75, textRankWeight: 0 });
    expect(result).toEqual({ text: ARTICLE[0]! + ARTICLE[1]!, indices: [0, 1] });
  });

  it('by default adds the summing-up sentence that TextRank finds central, not a small detail of the lead', () => {
    const result = extractSummary(ARTICLE, { budget: 120 });
    expect(result).toEqual({ text: ARTICLE[0]! + ARTICLE[3]!, indices: [0, 3] });
  });

  it('never cuts a sentence: it takes the best sentences that fit the budget', () => {
    const result = extractSummary(ARTICLE, { budget: 40 });
    expect(visibleLength(result.text)).toBeLessThanOrEqual(40);
    for (const i of result.indices) expect(result.text).toContain(ARTICLE[i]!);
    expect(result.text).toBe(result.indices.map((i) => ARTICLE[i]).join(''));
  });

  it('takes a single sentence longer than the budget whole when nothing fits', () => {
    const long = `${'株洲'.repeat(80)}。`;
    expect(extractSummary([long], { budget: 120 }).text).toBe(long);
  });

  it('takes the best sentence alone when it is a little over the budget, not a weaker one that fits', () => {
    // A 130-character lead, as news often opens, against the closing sentence that would fit.
    const lead = `1月29日，湖南省乡村振兴局发布创建名单公示，${'全省157个乡镇纳入省级乡村振兴示范乡镇创建名单，'.repeat(3)}株洲市共11个乡镇入选，炎陵县鹿原镇榜上有名。`;
    const close = '鹿原镇接下来将以示范乡镇创建为契机，为乡村振兴贡献力量。';
    expect(visibleLength(lead)).toBeGreaterThan(120);
    expect(visibleLength(lead)).toBeLessThanOrEqual(180);
    expect(extractSummary([lead, '全省157个乡镇入选。', close], { budget: 120 }).indices).toEqual([0]);
    // Far over the budget (more than half again), it gives way to sentences that fit.
    const endless = `${'株洲'.repeat(100)}。`;
    expect(extractSummary([endless, '株洲市今天召开全市项目建设推进大会。'], { budget: 120 }).indices).toEqual([1]);
  });

  it('never takes a line that only says who attended', () => {
    const sentences = ['6月12日，株洲市政协举行第四期“委员大讲堂”，请航空发动机企业负责人作低空经济专题讲座。', '市政协主席聂方红出席。'];
    expect(extractSummary(sentences, { budget: 120 }).indices).toEqual([0]);
  });

  it('takes a dangling sentence only with the sentence before it', () => {
    const sentences = ['株洲市今天召开全市项目建设推进大会。', '会议通报了上半年全市重点项目建设情况。', '此外，该市将新建12个产业项目，总投资120亿元，项目建设全面提速。'];
    const result = extractSummary(sentences, { budget: 120, maxSentences: 1 });
    expect(result.text.startsWith('此外')).toBe(false);
    const two = extractSummary(sentences, { budget: 120 });
    if (two.indices.includes(2)) expect(two.indices).toContain(1);
  });

  it('never opens on a later item of a list, and sums up a text that is only a list by one of its items', () => {
    // The step is the most central sentence here, and without the rule it is what a reader would get alone.
    const recipe = ['秋冬季节的早餐，不妨试试这一道。', '4、红枣大米冷水浸泡，红枣大米下锅，煮到红枣大米浓稠。', '红枣大米粥香甜可口。', '红枣大米都要选新的。'];
    expect(extractSummary(recipe, { budget: 120, maxSentences: 1 }).indices).toEqual([2]);
    const list = extractSummary(['1.深层网络；', '2.游戏化；', '3.云计算平台；'], { budget: 120, maxSentences: 1 });
    expect(list.indices).toHaveLength(1);
  });

  it('never takes an aside in brackets such as an editor note', () => {
    const sentences = ['5月31日，雄安新区全面启动第二批征迁安置工作。', '（原题为《雄安新区第二批征迁安置工作启动涉及三县56个村》）'];
    expect(extractSummary(sentences, { budget: 120 }).indices).toEqual([0]);
  });

  it('ends a summary that stopped at ； with 。', () => {
    expect(extractSummary(['新增工业产值110亿元以上，固定资产投资120亿元以上；'], { budget: 120 }).text).toMatch(/。$/);
  });

  it('returns nothing for nothing', () => {
    expect(extractSummary([], { budget: 120 })).toEqual({ text: '', indices: [] });
    expect(extractSummary(['图', '（完）'], { budget: 120 }).text).toBe('');
  });
});
