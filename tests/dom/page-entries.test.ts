import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageEntries } from '@/utils/page/page-entries';
import { entryLine } from '@/utils/core/summary/page-entries';

const FIXTURES = 'tests/fixtures/';
const { routes } = JSON.parse(readFileSync(`${FIXTURES}routes.json`, 'utf8')) as { routes: Record<string, string> };

function load(url: string): Document {
  return new DOMParser().parseFromString(readFileSync(FIXTURES + routes[url]!, 'utf8'), 'text/html');
}

describe('pageEntries', () => {
  it('reads the e-paper page view title list with absolute links, and leaves the hotspots and page list alone', () => {
    const url = 'http://zzrb.zznews.gov.cn/202502/10/node01.html';
    const entries = pageEntries(load(url), url);
    expect(entries).toHaveLength(8);
    expect(entries[0]).toEqual({ title: '美国双子星项目落户炎陵', url: 'http://zzrb.zznews.gov.cn/content/202502/10/c1700001.html' });
    expect(entries.map((e) => e.title)).not.toContain('第01版：要闻');
  });

  it('reads a channel list with dates, each address once', () => {
    const url = 'http://www.zznews.gov.cn/news/xinwen/zzsz/';
    const entries = pageEntries(load(url), url);
    expect(entries).toHaveLength(12);
    expect(entries.at(-1)).toEqual({
      title: '芦淞市场群38个市场昨开市',
      url: 'http://www.zznews.gov.cn/news/2025/0210/400008.shtml',
      date: '2025-02-10',
    });
  });

  it('finds nothing on an article page', () => {
    const url = 'http://www.zznews.gov.cn/news/2025/0210/400001.shtml';
    expect(pageEntries(load(url), url)).toEqual([]);
  });
});

describe('entryLine', () => {
  it('is the first sentence of the intro when it fits, else the headline', () => {
    expect(entryLine({ title: '标题', url: 'x', intro: '第一句话说明情况。第二句。' })).toBe('第一句话说明情况。');
    expect(entryLine({ title: '标题', url: 'x' })).toBe('标题');
    expect(entryLine({ title: '标题', url: 'x', intro: `${'很长'.repeat(40)}。` })).toBe('标题');
  });
});
