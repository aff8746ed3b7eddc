import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RUBY_CSS } from '@/utils/content/ruby/ruby-style';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The custom properties of a stylesheet: the light ones, then the dark ones (from its prefers-color-scheme block). */
function themeVariables(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  if (darkAt < 0) return { light: read(css), dark: read(css) };
  const darkEnd = css.indexOf('}', css.indexOf('}', darkAt) + 1) + 1;
  const light = read(css.slice(0, darkAt));
  return { light, dark: { ...light, ...read(css.slice(darkAt, darkEnd)) } };
}

const TONES = themeVariables(readFileSync('utils/styles/tones.css', 'utf8'));
const CARD = themeVariables(readFileSync('components/card/card.css', 'utf8'));
const tones = (vars: Record<string, string>) => [1, 2, 3, 4, 5].map((n) => vars[`zhudu-tone-${n}`]!);

describe('colours meet WCAG AA (4.5:1) for text', () => {
  it.each(['light', 'dark'] as const)('the card, %s: text, muted text, links, errors, the five tone colours and the scope chips', (theme) => {
    const c = CARD[theme];
    const pairs: [string, string, string][] = [
      ['text', c['card-fg']!, c['card-bg']!],
      ['muted', c['card-muted']!, c['card-bg']!],
      ['link', c['card-link']!, c['card-bg']!],
      ['error', c['card-error']!, c['card-bg']!],
      ...tones(TONES[theme]).map((tone, i): [string, string, string] => [`tone ${i + 1}`, tone, c['card-bg']!]),
      ['scope', c['card-chip-fg']!, c['card-chip-bg']!],
      ['Hunan', c['card-hunan-fg']!, c['card-hunan-bg']!],
      ['Zhuzhou', c['card-zhuzhou-fg']!, c['card-zhuzhou-bg']!],
    ];
    const low = pairs.filter(([, fg, bg]) => !fg || !bg || contrast(fg, bg) < 4.5).map(([name, fg, bg]) => `${name} ${fg} on ${bg}`);
    expect(low).toEqual([]);
  });

  it('ruby on a news page uses the light tone colours, declared on its own rubies only', () => {
    for (const tone of tones(TONES.light)) expect(contrast(tone, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(RUBY_CSS).toContain(`ruby.zhudu-ruby {`);
    expect(RUBY_CSS).toContain(`--zhudu-tone-1: ${TONES.light['zhudu-tone-1']}`);
    expect(RUBY_CSS).not.toMatch(/:root|:host|prefers-color-scheme/);
  });

  it.each(['components/page-base.css', 'entrypoints/popup/style.css'])('%s, in both themes', (file) => {
    const themes = themeVariables(readFileSync(file, 'utf8'));
    for (const [name, vars] of Object.entries(themes)) {
      for (const fg of ['fg', 'muted', 'link']) {
        for (const bg of ['bg', 'chip']) {
          expect(contrast(vars[fg]!, vars[bg]!), `${name}: --${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      for (const tone of tones(TONES[name as 'light' | 'dark'])) expect(contrast(tone, vars.bg!), `${name}: a tone on --bg`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('the ratio itself is right', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
