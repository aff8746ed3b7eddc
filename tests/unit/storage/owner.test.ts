import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCommand } from '@/utils/background/handlers';
import { normalizeCorrections } from '@/utils/core/storage/corrections';
import { DEFAULT_SETTINGS, normalizeSettings } from '@/utils/core/storage/settings';
import { createStorageOwner, type StorageOwner } from '@/utils/storage/owner';
import { fakeEvents, fakeLocal, fakeSync } from '../../helpers/background';

const V1_LOCAL = JSON.parse(readFileSync('tests/fixtures/storage/v1-local.json', 'utf8')) as Record<string, unknown>;
const V1_SYNC = JSON.parse(readFileSync('tests/fixtures/storage/v1-sync.json', 'utf8')) as Record<string, unknown>;
delete V1_LOCAL['//'];
delete V1_SYNC['//'];

/** Push timers that run at once, or never (a worker stopped before its push). */
const immediate = { set: (run: () => void) => (queueMicrotask(run), 0), clear: () => {} };
const never = { set: () => 0, clear: () => {} };
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const start = (timers = immediate, now: () => number = Date.now) => createStorageOwner(fakeLocal(), fakeSync(), fakeEvents(), now, timers);
const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const synced = async (key: string) => (await fakeBrowser.storage.sync.get(key))[key];
const localSettings = async () => normalizeSettings(await local('settings'));
const localCorrections = async () => normalizeCorrections(await local('corrections'));

describe('the storage owner', () => {
  let owner: StorageOwner;
  beforeEach(() => fakeBrowser.reset());

  it('keeps a change made while the worker slept: waking up does not copy sync back over it', async () => {
    // The worker was running: ruby off everywhere, in sync too.
    owner = start();
    await owner.ready;
    await owner.changeSettings({ ruby: false });
    await settle();
    owner.stop();
    // The user ticks ruby; the worker is stopped right after (its push never happens) ...
    owner = start(never);
    await owner.changeSettings({ ruby: true });
    await owner.saveCorrection('株洲市', 'zhū zhōu shì');
    owner.stop();
    // ... and wakes up again, meeting the old sync copy.
    owner = start();
    await owner.ready;
    await settle();
    expect((await localSettings()).ruby).toBe(true);
    expect((await localCorrections()).get('株洲市')).toBe('zhū zhōu shì');
    expect(normalizeSettings(await synced('settings')).ruby).toBe(true);
    owner.stop();
  });

  it('merges what arrives through sync entry by entry: 400 local corrections and one from elsewhere make 401', async () => {
    owner = start();
    await owner.ready;
    const words = Array.from({ length: 400 }, (_, i) => String.fromCharCode(0x4e00 + i));
    for (const word of words) await owner.saveCorrection(word, 'yī');
    await fakeBrowser.storage.sync.set({ corrections: { version: 2, entries: { 炎陵: { value: 'yán líng', at: Date.now() } } } });
    await settle();
    const corrections = await localCorrections();
    expect(corrections.size).toBe(401);
    expect(corrections.get('炎陵')).toBe('yán líng');
    owner.stop();
    // 400 writes through the fake storage: seconds on a busy machine, so not the default 5 s limit.
  }, 60_000);

  it('ignores garbage arriving through sync, field by field, and keeps the good local data', async () => {
    owner = start();
    await owner.ready;
    await owner.changeSettings({ toneStyle: 'numbers', ruby: true });
    await owner.saveCorrection('炎陵', 'yán líng');
    const before = [await local('settings'), await local('corrections')];
    for (const garbage of ['garbage', 42, { version: 2, entries: { ruby: { value: 'yes', at: Date.now() + 1e6 }, toneStyle: { value: 7, at: Date.now() + 1e6 } } }]) {
      await fakeBrowser.storage.sync.set({ settings: garbage, corrections: garbage });
      await settle();
    }
    expect([await local('settings'), await local('corrections')]).toEqual(before);
    expect(await localSettings()).toMatchObject({ toneStyle: 'numbers', ruby: true });
    owner.stop();
  });

  it('drops readings that are only shaped like pinyin (xyz) from sync and from local, keeping the real ones', async () => {
    const future = Date.now() + 1e6;
    // Written by something other than ZhuDu's owner (an older build, a hand-edited profile): xyz passes the shape check.
    await fakeBrowser.storage.local.set({ corrections: { version: 2, entries: { 好: { value: 'xyz', at: 5 }, 炎陵: { value: 'yán líng', at: 5 } } } });
    owner = start();
    await owner.ready;
    expect((await local('corrections')) as unknown).toEqual({ version: 2, entries: { 炎陵: { value: 'yán líng', at: 5 } } });
    await fakeBrowser.storage.sync.set({ corrections: { version: 2, entries: { 炎陵: { value: 'qwe rty', at: future }, 株洲: { value: 'zhū zhōu', at: future } } } });
    await settle();
    expect([...(await localCorrections())]).toEqual([
      ['炎陵', 'yán líng'],
      ['株洲', 'zhū zhōu'],
    ]);
    owner.stop();
  });

  it('keeps two changes made at the same moment from two places', async () => {
    owner = start();
    await Promise.all([owner.changeSettings({ ruby: true }), owner.changeSettings({ toneStyle: 'none' }), owner.changeSettings({ hosts: { 'a.zznews.gov.cn': false } }), owner.changeSettings({ hosts: { 'b.zznews.gov.cn': false } })]);
    expect(await localSettings()).toMatchObject({ ruby: true, toneStyle: 'none', disabledHosts: ['a.zznews.gov.cn', 'b.zznews.gov.cn'] });
    owner.stop();
  });

  it('runs a command twice with no gap as two toggles', async () => {
    owner = start();
    await Promise.all([runCommand(owner, 'toggle-ruby'), runCommand(owner, 'toggle-ruby')]);
    expect((await localSettings()).ruby).toBe(false);
    await Promise.all([runCommand(owner, 'toggle-ruby'), runCommand(owner, 'toggle-ruby'), runCommand(owner, 'toggle-ruby')]);
    expect((await localSettings()).ruby).toBe(true);
    await owner.changeSettings({ hoverMode: 'alt' });
    await runCommand(owner, 'toggle-hover');
    expect((await localSettings()).hoverMode).toBe('off');
    await runCommand(owner, 'toggle-hover');
    expect((await localSettings()).hoverMode).toBe('alt');
    expect(await runCommand(owner, 'format-disk')).toBe(false);
    owner.stop();
  });

  it('takes a newer value from sync, and an older one loses to the local write', async () => {
    let clock = 1_000;
    owner = start(immediate, () => clock);
    await owner.changeSettings({ toneStyle: 'numbers' });
    await settle();
    await fakeBrowser.storage.sync.set({ settings: { version: 2, entries: { toneStyle: { value: 'none', at: 2_000 }, ruby: { value: true, at: 500 } } } });
    await settle();
    expect(await localSettings()).toMatchObject({ toneStyle: 'none', ruby: true });
    clock = 1_500; // a clock behind the last stamp still writes after it
    await owner.changeSettings({ toneStyle: 'marks' });
    expect((await localSettings()).toneStyle).toBe('marks');
    owner.stop();
  });

  it('resets settings and keeps corrections; deleting corrections is its own step, and travels through sync', async () => {
    owner = start();
    await owner.changeSettings({ ruby: true, hosts: { 'www.zznews.gov.cn': false } });
    await owner.saveCorrection('炎陵', 'yán líng');
    await owner.resetSettings();
    expect(await localSettings()).toEqual(DEFAULT_SETTINGS);
    expect((await localCorrections()).size).toBe(1);
    await owner.deleteAllCorrections();
    await settle();
    expect((await localCorrections()).size).toBe(0);
    // Another browser's older copy of the correction cannot bring it back.
    await fakeBrowser.storage.sync.set({ corrections: { version: 2, entries: { 炎陵: { value: 'yán líng', at: 5 } } } });
    await settle();
    expect((await localCorrections()).size).toBe(0);
    expect(await owner.saveCorrection('市长', 'shì')).toEqual({ problem: { kind: 'count', word: '市长', characters: 2, syllables: 1 } });
    owner.stop();
  });

  it('stores typed readings in tone marks and refuses nonsense, whoever sends it', async () => {
    owner = start();
    expect(await owner.saveCorrection('一', 'yi2')).toEqual({ reading: 'yí' });
    expect(await owner.saveCorrection('律', 'lv4')).toEqual({ reading: 'lǜ' });
    expect(await owner.saveCorrection('好', 'hao')).toMatchObject({ problem: { kind: 'noTone' } });
    expect(await owner.saveCorrection('好', 'xyz')).toEqual({ problem: { kind: 'notSyllable', text: 'xyz' } });
    expect(await localCorrections()).toEqual(new Map([['一', 'yí'], ['律', 'lǜ']]));
    owner.stop();
  });

  it('imports only words that have no correction yet, and reports the rest', async () => {
    owner = start();
    await owner.saveCorrection('炎陵', 'yàn líng');
    const report = await owner.importCorrections([
      { word: '炎陵', reading: 'yán líng' },
      { word: '株洲', reading: 'zhu1zhou1' },
      { word: '一', reading: 'xyz' },
    ]);
    expect(report).toEqual({ added: ['株洲'], same: [], kept: ['炎陵'], refused: [{ word: '一', problem: { kind: 'notSyllable', text: 'xyz' } }] });
    expect(await localCorrections()).toEqual(new Map([['炎陵', 'yàn líng'], ['株洲', 'zhū zhōu']]));
    // Garbage instead of a list changes nothing.
    expect(await owner.importCorrections('garbage' as never)).toEqual({ added: [], same: [], kept: [], refused: [] });
    owner.stop();
  });

  it('migrates what ZhuDu 0.1 stored (version 1) and removes its old keys', async () => {
    await fakeBrowser.storage.local.set(V1_LOCAL);
    owner = start();
    await owner.ready;
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual(['corrections', 'settings']);
    expect(await localSettings()).toMatchObject({ disabledHosts: ['zzrb.zznews.gov.cn'], hoverMode: 'alt', toneStyle: 'numbers', ruby: true, uiLanguage: 'zh_CN' });
    expect(await localCorrections()).toEqual(new Map([['曾寿仁', 'zēng shòu rén'], ['炎陵', 'yán líng']]));
    owner.stop();
  });

  it('meets a version-1 sync copy from another browser: old at start-up, new when it arrives as a change', async () => {
    await fakeBrowser.storage.local.set(V1_LOCAL);
    await fakeBrowser.storage.sync.set(V1_SYNC);
    owner = start();
    await owner.ready;
    // At start-up the 0.1 copy only fills what this browser lacks: its own settings stay, the extra correction comes over.
    expect(await localSettings()).toMatchObject({ toneSandhi: true, uiLanguage: 'zh_CN', hoverMode: 'alt' });
    expect((await localCorrections()).get('曾')).toBe('zēng');
    await fakeBrowser.storage.sync.set({ settings: { ...(V1_SYNC.settings as object), toneStyle: 'none' } });
    await settle();
    expect((await localSettings()).toneStyle).toBe('none');
    owner.stop();
  });
});
