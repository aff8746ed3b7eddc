import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromOwnPage, isCommandMessage, runCommand } from '@/utils/commands';
import { fitsSync, startSettingsSync } from '@/utils/settings-sync';
import { DEFAULT_SETTINGS, loadSettings, updateSettings } from '@/utils/settings';
import { shouldWelcome } from '@/utils/welcome';

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('toggle-ruby flips ruby; toggle-hover turns hover off and back to the mode the user had', async () => {
    await runCommand('toggle-ruby');
    expect((await loadSettings()).ruby).toBe(true);
    await runCommand('toggle-ruby');
    expect((await loadSettings()).ruby).toBe(false);
    await updateSettings(() => ({ hoverMode: 'alt' }));
    await runCommand('toggle-hover');
    expect((await loadSettings()).hoverMode).toBe('off');
    await runCommand('toggle-hover');
    expect((await loadSettings()).hoverMode).toBe('alt');
    expect(await runCommand('format-disk')).toBe(false);
  });

  it('runs commands only for ZhuDu’s own pages', () => {
    expect(isCommandMessage({ zhuduCommand: 'toggle-ruby' })).toBe(true);
    expect(isCommandMessage({ zhuduCommand: 'eval' })).toBe(false);
    const own = fakeBrowser.runtime.getURL('/options.html');
    expect(fromOwnPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(fromOwnPage({ id: fakeBrowser.runtime.id, url: 'http://www.zznews.gov.cn/' })).toBe(false); // a content script
    expect(fromOwnPage({ id: 'someone-else', url: own })).toBe(false);
  });
});

describe('welcome page', () => {
  it('opens after a real first install only', () => {
    expect(shouldWelcome('install', 'normal', undefined)).toBe(true);
    expect(shouldWelcome('update', 'normal', undefined)).toBe(false);
    expect(shouldWelcome('install', 'development', undefined)).toBe(false);
    expect(shouldWelcome('install', 'normal', true)).toBe(false);
  });
});

describe('settings sync', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the user’s changes to sync and takes changes from other browsers', async () => {
    const stop = startSettingsSync();
    await updateSettings(() => ({ hoverMode: 'alt' }));
    await settle();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ hoverMode: 'alt' });
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, toneStyle: 'numbers' }, uiLanguage: 'zh_CN' });
    await settle();
    expect((await loadSettings()).toneStyle).toBe('numbers');
    expect((await fakeBrowser.storage.local.get('uiLanguage')).uiLanguage).toBe('zh_CN');
    stop();
  });

  it('at startup takes what sync has, and never pushes local defaults over it', async () => {
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ruby: true } });
    const stop = startSettingsSync();
    await settle();
    expect((await loadSettings()).ruby).toBe(true);
    stop();
    fakeBrowser.reset();
    const again = startSettingsSync();
    await settle();
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({});
    again();
  });

  it('keeps corrections local when they are too large to sync, and takes a stale copy out of sync', async () => {
    const stop = startSettingsSync();
    await fakeBrowser.storage.local.set({ corrections: { 曾: 'zēng' } });
    await settle();
    expect((await fakeBrowser.storage.sync.get('corrections')).corrections).toEqual({ 曾: 'zēng' });
    const many = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [String.fromCharCode(0x4e00 + i), 'yī']));
    expect(fitsSync('corrections', many)).toBe(false);
    await fakeBrowser.storage.local.set({ corrections: many });
    await settle();
    expect(await fakeBrowser.storage.sync.get('corrections')).toEqual({});
    expect(Object.keys((await fakeBrowser.storage.local.get('corrections')).corrections as object)).toHaveLength(900);
    stop();
  });
});

describe('settings sync, two quick changes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('the echo of the first change from sync does not undo the second', async () => {
    // Sync reports changes late, as a real browser may: after the second change is already stored.
    const addListener = fakeBrowser.storage.onChanged.addListener.bind(fakeBrowser.storage.onChanged);
    vi.spyOn(fakeBrowser.storage.onChanged, 'addListener').mockImplementation(((listener: (c: object, area: string) => void) =>
      addListener((changes, area) => (area === 'sync' ? void setTimeout(() => listener(changes, area), 5) : listener(changes, area)))) as never);
    const stop = startSettingsSync();
    await Promise.all([runCommand('toggle-hover'), new Promise((r) => setTimeout(r, 0)).then(() => runCommand('toggle-hover'))]);
    await settle();
    await settle();
    expect((await loadSettings()).hoverMode).toBe('always');
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ hoverMode: 'always' });
    stop();
  });
});
