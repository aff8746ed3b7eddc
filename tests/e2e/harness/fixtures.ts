// Reads tests/fixtures/routes.json and answers "which fixture file serves this host + path".
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES_DIR = resolve(REPO_ROOT, 'tests/fixtures');
export const ROUTES_FILE = resolve(FIXTURES_DIR, 'routes.json');

export interface SeedArticle {
  slug: string;
  title: string;
  /** CmsTop article URL on www.zznews.gov.cn. */
  www: string;
  /** Founder e-paper article URL on zzrb.zznews.gov.cn. */
  zzrb: string;
}

export interface RoutesFile {
  /** Absolute URL → fixture file, relative to the routes file's folder. */
  routes: Record<string, string>;
  articles: SeedArticle[];
  hostile: string[];
}

export interface Fixtures {
  readonly file: RoutesFile;
  /** Absolute path of the fixture for this host and path, or undefined (scheme and query ignored). */
  resolve(host: string, pathname: string): string | undefined;
}

const ZZNEWS = 'zznews.gov.cn';
export const isZznewsHost = (host: string): boolean => host === ZZNEWS || host.endsWith(`.${ZZNEWS}`);

export function loadFixtures(routesFile = ROUTES_FILE): Fixtures {
  if (!existsSync(routesFile)) {
    throw new Error(`${routesFile} does not exist yet: the fixture pages have not been written`);
  }
  const file = JSON.parse(readFileSync(routesFile, 'utf8')) as RoutesFile;
  const baseDir = dirname(routesFile);
  const byHostPath = new Map<string, string>();
  const byPath = new Map<string, string>(); // zznews routes only, first wins
  for (const [url, rel] of Object.entries(file.routes)) {
    const u = new URL(url);
    const abs = resolve(baseDir, rel);
    byHostPath.set(u.hostname + u.pathname, abs);
    if (isZznewsHost(u.hostname) && !byPath.has(u.pathname)) byPath.set(u.pathname, abs);
  }

  return {
    file,
    resolve(host, pathname) {
      host = host.toLowerCase();
      const exact = byHostPath.get(host + pathname);
      if (exact || isZznewsHost(host)) return exact;
      // A foreign host shows a zznews page: zzrb.example.test prefers zzrb.zznews.gov.cn,
      // any other host takes the first zznews route with the same path.
      const label = host.endsWith('.example.test') ? host.slice(0, -'.example.test'.length) : '';
      return (label && byHostPath.get(`${label}.${ZZNEWS}${pathname}`)) || byPath.get(pathname);
    },
  };
}
