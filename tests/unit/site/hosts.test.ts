import { describe, expect, it } from 'vitest';
import { isZznewsHost, pageKind } from '@/utils/core/site/hosts';

describe('hosts', () => {
  it('accepts the zznews family and nothing that merely looks like it', () => {
    for (const host of ['zznews.gov.cn', 'www.zznews.gov.cn', 'zzrb.zznews.gov.cn', 'm.zznews.gov.cn', 'WWW.ZZNEWS.GOV.CN.']) {
      expect(isZznewsHost(host), host).toBe(true);
    }
    for (const host of ['zznews.gov.cn.example.test', 'notzznews.gov.cn', 'bk.zzlib.net', 'localhost']) {
      expect(isZznewsHost(host), host).toBe(false);
    }
  });

  it('tells page kinds from URL shapes', () => {
    expect(pageKind('https://zzrb.zznews.gov.cn/content/202502/10/c1700001.html')).toBe('epaper-article');
    expect(pageKind('https://zzrb.zznews.gov.cn/202502/10/node01.html')).toBe('epaper-page');
    expect(pageKind('http://www.zznews.gov.cn/news/2025/0210/400001.shtml')).toBe('www-article');
    expect(pageKind('http://www.zznews.gov.cn/news/xinwen/zzsz/')).toBe('list');
    expect(pageKind('http://www.zznews.gov.cn/')).toBe('home');
    expect(pageKind('http://news.example.test/news/2025/0210/400001.shtml')).toBe('other');
    expect(pageKind('not a url')).toBe('other');
  });
});
