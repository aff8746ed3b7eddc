import { describe, expect, it } from 'vitest';
import { glossary } from '../../helpers/engine';

/** Entry ids the scan gives each hit of `text`, with the hit text. */
function hits(text: string): string[] {
  return glossary.scan([text]).spots[0]!.filter((s) => s.entryId).map((s) => `${s.text}=${s.entryId}`);
}

// Sentences from real news (tests/real-news/glossary/corpus.json) where a bare place word is a name
// of a bridge, a park or another city's quarter, not the zone the entry explains.
describe('bare place words that name something else', () => {
  it('清水塘 alone is a bridge or park name; only the quoted or longer forms mean the old industrial zone', () => {
    expect(hits('清水塘大桥。 石峰公园云峰阁。 石峰公园蔷薇园。 清水塘城市公园。')).toEqual([]);
    expect(hits('推动航空城、轨道城、清水塘产业新城建设等取得更大成效')).toEqual(['清水塘产业新城=qing-shui-tang']);
    expect(hits('加快“清水塘”搬迁改造')).toEqual(['清水塘=qing-shui-tang']);
  });

  it('航空城 and 轨道城 alone are not Zhuzhou’s; the locality forms are', () => {
    expect(hits('在芦淞航空城高标准建设“专精特新”特色产业园')).toEqual(['专精特新=zhuan-jing-te-xin']);
    expect(hits('田心轨道城、凤凰航空城、清水塘等重点片区加快建设')).toEqual([
      '田心轨道城=zhuzhou-gui-dao-ke-ji-cheng',
      '凤凰航空城=zhuzhou-hang-kong-cheng',
    ]);
  });
});
