// The background holds the glossary's matcher forms (worked out at build time) and reads the entries
// from package files, each when a card or a scan first needs an entry in it: the forms find what the whole glossary
// finds, a card on a term still shows its entry on a cold worker, a card on an ordinary word reads no
// entries, and a bad file is reported, not shown.
import { describe, expect, it } from 'vitest';
import { createWordService } from '../../../utils/background/word-service';
import { createReadingEngine } from '../../../utils/core/engine';
import { GLOSSARY } from '../../../utils/core/glossary/entries';
import { createLazyEntries, entriesFiles, entryShardOf, ENTRY_SHARD_COUNT } from '../../../utils/core/glossary/lazy-entries';
import { matcherForms, matcherOver } from '../../../utils/core/glossary/match';
import { BUNDLED_PINYIN } from '../../../utils/core/pinyin/bundled-tables';
import { glossary } from '../../helpers/engine';

const glossaryFind = (text: string) => glossary.find(text);
import { loadNodeDictionary } from '../../../scripts/dictionary/packed-file';

const FORMS = matcherForms(GLOSSARY);
const IDS = GLOSSARY.map((entry) => entry.id);
const FILES = entriesFiles(GLOSSARY);
const FILE = (shard: number) => JSON.parse(JSON.stringify(FILES[shard])) as unknown;
const request = (text: string, offset: number) => ({ text, offset, toneStyle: 'marks' as const, toneSandhi: true, corrections: [] });

/** A background-shaped word service whose texts file reads are counted. */
function lazyService(file: (shard: number) => unknown = FILE) {
  const reads: number[] = [];
  const errors: unknown[] = [];
  const entries = createLazyEntries(IDS, async (shard) => (reads.push(shard), file(shard)), (error) => errors.push(error));
  const engine = createReadingEngine(BUNDLED_PINYIN, FORMS, entries.entry);
  const dictionary = loadNodeDictionary();
  return { service: createWordService(engine, async () => dictionary, (error) => errors.push(error), entries), entries, reads, errors };
}

describe('the background’s glossary: forms from the build, entries read later', () => {
  it('gives out no entry before its file is read, then every entry', async () => {
    const entries = createLazyEntries(IDS, async (shard) => FILE(shard), (error) => {
      throw error;
    });
    expect(entries.entry(IDS[0]!)).toBeUndefined();
    expect(await entries.load()).toBe(true);
    for (const entry of GLOSSARY) expect(entries.entry(entry.id)).toEqual(entry);
  });

  it('reads only the files of the entries asked for, each once, and spreads the entries over them all', async () => {
    const { entries, reads } = lazyService();
    expect(await entries.load(['shi-si-wu', 'shi-si-wu'])).toBe(true);
    expect(reads).toEqual([entryShardOf('shi-si-wu')]);
    expect(entries.entry('shi-si-wu')?.term).toContain('十四五');
    const elsewhere = GLOSSARY.find((entry) => entryShardOf(entry.id) !== entryShardOf('shi-si-wu'))!;
    expect(entries.entry(elsewhere.id)).toBeUndefined();
    await entries.load(['shi-si-wu', elsewhere.id]);
    expect(reads).toEqual([entryShardOf('shi-si-wu'), entryShardOf(elsewhere.id)]);
    // Every file holds some entries and none holds more than a few times its share (~40 KB each).
    const sizes = FILES.map((file) => JSON.stringify(file).length);
    expect(FILES).toHaveLength(ENTRY_SHARD_COUNT);
    expect(Math.min(...FILES.map((file) => file.entries.length))).toBeGreaterThan(0);
    expect(Math.max(...sizes)).toBeLessThan((3 * sizes.reduce((a, b) => a + b, 0)) / ENTRY_SHARD_COUNT);
  });

  it('finds with the forms alone what the whole glossary finds (JSON, as the build writes them)', () => {
    const shipped = matcherOver(JSON.parse(JSON.stringify(FORMS)));
    const text = GLOSSARY.map((entry) => `据报道，${entry.term}与“${entry.aliases[0] ?? entry.term}”。`).join('');
    expect(shipped.find(text)).toEqual(glossaryFind(text));
    expect(JSON.stringify(FORMS)).not.toMatch(/gloss_en|explanation|sources|english/);
  });

  it('shows the entry on a card on a term from a worker that has read nothing yet', async () => {
    const { service, reads } = lazyService();
    const found = await service.lookUp(request('加快发展新质生产力', 6));
    expect(found?.word.text).toBe('新质生产力');
    expect(found?.term?.entry?.english.text).toMatch(/productive forces/i);
    expect(reads).toHaveLength(1);
  });

  it('reads no entries for a card on an ordinary word, and the scan of a page reads them', async () => {
    const { service, reads } = lazyService();
    const found = await service.lookUp(request('株洲市招商引资项目洽谈会', 11));
    expect(found?.word.meanings?.length).toBeGreaterThan(0);
    expect(reads).toHaveLength(0);
    const scan = await service.scanTerms(['推动“十四五”规划落实']);
    expect(reads).toHaveLength(1);
    expect(scan.entries.map((entry) => entry.id)).toContain('shi-si-wu');
    expect(scan.entries[0]!.explanation_en ?? scan.entries[0]!.gloss_en).toBeTruthy();
  });

  it('reports an entries file that does not fit, shows the term unexplained by no entry, and tries again later', async () => {
    let good = false;
    const shard = entryShardOf('xin-zhi-sheng-chan-li');
    // First the file lacks the entry, as a file from another build would.
    const lacking = { version: 2, shard, entries: FILES[shard]!.entries.filter((entry) => entry.id !== 'xin-zhi-sheng-chan-li') };
    const { service, entries, errors, reads } = lazyService((at) => (good ? FILE(at) : lacking));
    const first = await service.lookUp(request('加快发展新质生产力', 6));
    expect(first?.term).toBeDefined();
    expect(first?.term?.entry).toBeUndefined();
    expect(errors).toHaveLength(1);
    good = true;
    expect(await entries.load(['xin-zhi-sheng-chan-li'])).toBe(true);
    expect((await service.lookUp(request('加快发展新质生产力', 6)))?.term?.entry?.id).toBe('xin-zhi-sheng-chan-li');
    expect(reads).toEqual([shard, shard]);
  });

  it('refuses a file that is another shard’s or an older whole file', async () => {
    const shard = entryShardOf('shi-si-wu');
    for (const wrong of [FILE((shard + 1) % ENTRY_SHARD_COUNT), { version: 1, entries: GLOSSARY }]) {
      const { entries, errors } = lazyService(() => wrong);
      expect(await entries.load(['shi-si-wu'])).toBe(false);
      expect(entries.entry('shi-si-wu')).toBeUndefined();
      expect(errors).toHaveLength(1);
    }
  });
});
