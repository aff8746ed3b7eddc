import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandChange } from '@/utils/core/storage/commands';
import { migrateCorrectionsV1, normalizeCorrections } from '@/utils/core/storage/corrections';
import { STORED_ITEMS, syncCopy, fitsSync } from '@/utils/core/storage/schema';
import {
  DEFAULT_SETTINGS,
  isEnabledOn,
  isValidChange,
  normalizeSettings,
  resetChange,
  settingsEntries,
  settingsOf,
  withChange,
  type SettingsChange,
} from '@/utils/core/storage/settings';
import { writeEntries } from '@/utils/core/storage/stamped';

const V1_LOCAL = JSON.parse(readFileSync('tests/fixtures/storage/v1-local.json', 'utf8')) as Record<string, unknown>;

describe('settings', () => {
  it('fall back to defaults field by field and keep what is valid', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    const record = { version: 2, entries: { hoverMode: { value: 'sometimes', at: 3 }, toneColors: { value: false, at: 3 }, 'off:a.b': { value: true, at: 3 } } };
    expect(normalizeSettings(record)).toEqual({ ...DEFAULT_SETTINGS, toneColors: false, disabledHosts: ['a.b'] });
  });

  it('turn a change into entries of its own, one per field and per host, and refuse an invalid one whole', () => {
    expect(settingsEntries({ ruby: true, hosts: { 'www.zznews.gov.cn': false, 'zzrb.zznews.gov.cn': true } })).toEqual({
      ruby: true,
      'off:www.zznews.gov.cn': true,
      'off:zzrb.zznews.gov.cn': false,
    });
    expect(isValidChange({ ruby: true })).toBe(true);
    expect(isValidChange({ ruby: 'yes' } as never)).toBe(false);
    expect(isValidChange({ hosts: { 'evil host/<x>': false } })).toBe(false);
    expect(isValidChange({ disabledHosts: [] } as never)).toBe(false);
  });

  it('reset every field and switch every host back on', () => {
    const current = { ...DEFAULT_SETTINGS, ruby: true, disabledHosts: ['a.b'] };
    const record = writeEntries({ version: 2, entries: {} }, settingsEntries({ ruby: true, hosts: { 'a.b': false } }), 1);
    expect(settingsOf(writeEntries(record, settingsEntries(resetChange(current)), 2))).toEqual(DEFAULT_SETTINGS);
    expect(isEnabledOn(current, 'a.b')).toBe(false);
  });

  it('show a change as the stored record will hold it (what the popup shows while the background stores it)', () => {
    const record = writeEntries({ version: 2, entries: {} }, settingsEntries({ toneStyle: 'numbers', hosts: { 'b.c': false, 'a.b': false } }), 1);
    const changes: SettingsChange[] = [
      { ruby: true },
      { hosts: { 'a.b': true } },
      { hosts: { 'z.z': false, 'b.c': true }, hoverMode: 'off', hoverModeBeforeOff: 'alt' },
      resetChange(settingsOf(record)),
    ];
    for (const change of changes) {
      expect(withChange(settingsOf(record), change)).toEqual(settingsOf(writeEntries(record, settingsEntries(change), 2)));
    }
  });

  it('commands: toggle-ruby flips ruby; toggle-hover goes off and back to the mode the user had', () => {
    expect(commandChange('toggle-ruby', { ...DEFAULT_SETTINGS, ruby: false })).toEqual({ ruby: true });
    expect(commandChange('toggle-hover', { ...DEFAULT_SETTINGS, hoverMode: 'alt' })).toEqual({ hoverMode: 'off', hoverModeBeforeOff: 'alt' });
    expect(commandChange('toggle-hover', { ...DEFAULT_SETTINGS, hoverMode: 'off', hoverModeBeforeOff: 'alt' })).toEqual({ hoverMode: 'alt' });
  });
});

describe('migration from version 1 (stored fixture of ZhuDu 0.1)', () => {
  it('keeps every valid setting, the UI language and the hover mode, stamped as older than any new write', () => {
    const record = STORED_ITEMS.settings.migrate(V1_LOCAL);
    expect(settingsOf(record)).toEqual({
      ...DEFAULT_SETTINGS,
      disabledHosts: ['zzrb.zznews.gov.cn'],
      hoverMode: 'alt',
      hoverModeBeforeOff: 'alt',
      toneColors: false,
      toneStyle: 'numbers',
      ruby: true,
      uiLanguage: 'zh_CN',
    });
    expect(Object.values(record.entries).every((entry) => entry.at === 0)).toBe(true);
  });

  it('keeps every valid correction and drops the rest', () => {
    const record = migrateCorrectionsV1(V1_LOCAL.corrections);
    expect(normalizeCorrections(record)).toEqual(new Map([['曾寿仁', 'zēng shòu rén'], ['炎陵', 'yán líng']]));
    expect(normalizeCorrections(V1_LOCAL.corrections)).toEqual(normalizeCorrections(record));
  });
});

describe('what goes to sync', () => {
  it('settings whole; corrections their newest entries that fit one sync item', () => {
    const many = Object.fromEntries(Array.from({ length: 900 }, (_, i) => [String.fromCharCode(0x4e00 + i), { value: 'yī', at: i }]));
    const record = { version: 2 as const, entries: many };
    expect(fitsSync('corrections', record)).toBe(false);
    const copy = syncCopy(STORED_ITEMS.corrections, record);
    expect(fitsSync('corrections', copy)).toBe(true);
    const kept = Object.values(copy.entries).map((entry) => entry.at);
    expect(Math.min(...kept)).toBe(900 - kept.length); // the newest ones
    expect(kept.length).toBeGreaterThan(100);
  });
});
