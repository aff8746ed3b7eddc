import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isEnabledOn, loadCorrections, loadSettings, normalizeSettings, saveCorrection, updateSettings } from '@/utils/settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to defaults field by field and keeps what is valid', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings({ hoverMode: 'sometimes', toneColors: false, disabledHosts: ['a', 3, 'a'] })).toEqual({
      ...DEFAULT_SETTINGS,
      toneColors: false,
      disabledHosts: ['a'],
    });
  });

  it('stores changes in extension storage and reads them back normalized', async () => {
    await updateSettings(() => ({ hoverMode: 'alt' }));
    await updateSettings((s) => ({ disabledHosts: [...s.disabledHosts, 'www.zznews.gov.cn'] }));
    const stored = await fakeBrowser.storage.local.get('settings');
    expect(stored.settings).toMatchObject({ hoverMode: 'alt', disabledHosts: ['www.zznews.gov.cn'] });
    const loaded = await loadSettings();
    expect(isEnabledOn(loaded, 'www.zznews.gov.cn')).toBe(false);
    expect(isEnabledOn(loaded, 'zzrb.zznews.gov.cn')).toBe(true);
  });

  it('repairs a corrupted stored value on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { hoverMode: 42, toneColors: 'yes' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('corrections', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are stored locally, checked, and removable', async () => {
    expect(await saveCorrection('曾寿仁', 'Zēng Shòu Rén')).toEqual({});
    expect(await saveCorrection('市长', 'shì')).toHaveProperty('error');
    expect(await loadCorrections()).toEqual(new Map([['曾寿仁', 'zēng shòu rén']]));
    expect((await fakeBrowser.storage.local.get('corrections')).corrections).toEqual({ 曾寿仁: 'zēng shòu rén' });
    await saveCorrection('曾寿仁', null);
    expect((await loadCorrections()).size).toBe(0);
  });

  it('drop corrupted entries and keep the good ones', async () => {
    await fakeBrowser.storage.local.set({ corrections: { 炎陵: 'yàn líng', 坏: 42, abc: 'a b c', 市长: 'one' } });
    expect(await loadCorrections()).toEqual(new Map([['炎陵', 'yàn líng']]));
    await fakeBrowser.storage.local.set({ corrections: 'garbage' });
    expect((await loadCorrections()).size).toBe(0);
  });
});
