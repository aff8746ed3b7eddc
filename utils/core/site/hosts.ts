/**
 * The zznews.gov.cn family: www (株洲新闻网), zzrb (株洲日报 e-paper), m (mobile) and the bare domain.
 * One pattern covers them all (see shared/research/zznews-site.md §1); the manifest and the popup share it.
 */
export const ZZNEWS_MATCHES = ['*://*.zznews.gov.cn/*'];

export type PageKind = 'www-article' | 'epaper-article' | 'epaper-page' | 'list' | 'home' | 'other';

export function isZznewsHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === 'zznews.gov.cn' || host.endsWith('.zznews.gov.cn');
}

/**
 * What kind of zznews page a URL is, from its shape alone. The e-paper shapes are firm (a crawler used
 * them); the www article shape follows the CmsTop default and is a guess, so extraction never relies on it.
 */
export function pageKind(url: string): PageKind {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'other';
  }
  if (!isZznewsHost(parsed.hostname)) return 'other';
  const path = parsed.pathname;
  if (/\/content\/\d{6}\/\d{2}\/c\d+\.html?$/.test(path)) return 'epaper-article';
  if (/\/\d{6}\/\d{2}\/node\w+\.html?$/.test(path)) return 'epaper-page';
  if (/\/\d{4}\/\d{4}\/\d+(_\d+)?\.s?html?$/.test(path)) return 'www-article';
  if (path === '/' || /^\/index\.s?html?$/.test(path)) return 'home';
  if (path.endsWith('/') || /\/index(_\d+)?\.s?html?$/.test(path)) return 'list';
  return 'other';
}
