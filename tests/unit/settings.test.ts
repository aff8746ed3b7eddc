import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isEnabledOn, loadSettings, normalizeSettings, updateSettings } from '@/utils/settings';

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
