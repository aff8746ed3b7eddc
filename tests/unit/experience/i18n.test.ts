import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { setUiLocale, substitute, t, tParts, uiLocale } from '@/utils/i18n';

const substitutions = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  afterEach(() => setUiLocale(null));

  it('both languages have the same messages, none empty, with the same substitutions', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(en)) {
      const zh = (zhCN as Record<string, { message: string }>)[key]!.message;
      expect(message.trim(), key).not.toBe('');
      expect(zh.trim(), key).not.toBe('');
      expect(substitutions(zh), key).toEqual(substitutions(message));
    }
  });

  it('every __MSG_…__ of the manifest exists, within the stores’ length limits', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const used = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(used).toEqual(expect.arrayContaining(['extName', 'extDescription', 'cmdToggleRuby', 'cmdToggleHover', 'cmdOpenPopup']));
    for (const table of [en, zhCN] as Record<string, { message: string }>[]) {
      for (const key of used) expect(table[key], key).toBeDefined();
      expect(table.extName!.message.length).toBeLessThanOrEqual(75);
      expect(table.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });

  it('fills $1… like i18n.getMessage, and keeps each language’s word order for elements', () => {
    expect(substitute('Article: $1', ['株洲'])).toBe('Article: 株洲');
    expect(substitute('$2 of $1, $$5', ['a', 'b'])).toBe('b of a, $5');
    expect(tParts('siteSwitch', { host: 1 })).toEqual(['ZhuDu on ', { host: 1 }]);
    setUiLocale('zh_CN');
    expect(tParts('siteSwitch', { host: 1 })).toEqual(['在 ', { host: 1 }, ' 上启用株读']);
  });

  it('follows the browser unless the options chose a language', () => {
    expect(uiLocale()).toBe('en'); // happy-dom: navigator.language en-US, no i18n API
    expect(t('tabPage')).toBe('This page');
    setUiLocale('zh_CN');
    expect(t('tabPage')).toBe('本页');
    expect(t('readingMinutes', 3)).toBe('约 3 分钟读完');
  });
});

/** Text a user reads, written in a component instead of taken from _locales. */
const HARD_CODED = [
  /(?<![=-])>\s*([A-Za-z][A-Za-z ,.'’:;!?-]{2,})\s*</g, // JSX text (not `=>` nor a type argument)
  /\b(?:aria-label|title|placeholder|alt)="([^"]*[A-Za-z]{3,}[^"]*)"/g, // attributes
];
/** Names that are the same in every language. */
const ALLOWED = new Set(['ZhuDu', 'English', '新质生产力 · xinzhi · xzsc']);

const hardCoded = (source: string) => HARD_CODED.flatMap((pattern) => [...source.matchAll(pattern)].map((m) => m[1]!.trim()));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.tsx') ? [path] : [];
  });
}

describe('components', () => {
  it('hold no hard-coded UI strings: every word a user reads comes from t()', () => {
    const found = files('components').flatMap((file) => {
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      return hardCoded(source)
        .filter((text) => !ALLOWED.has(text))
        .map((text) => `${file}: ${text}`);
    });
    expect(found).toEqual([]);
  });

  it('the scan itself catches text and labels, and passes types and t() calls', () => {
    expect(hardCoded('<p>Read aloud</p> <button aria-label="Close">×</button>')).toEqual(['Read aloud', 'Close']);
    expect(hardCoded('const f = (): Promise<void> => x; <p>{t(\'readAloud\')}</p>')).toEqual([]);
  });
});
