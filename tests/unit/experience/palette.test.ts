import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, type Palette } from '@/components/palette';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Every text colour of the card against what it is drawn on. */
function textPairs(p: Palette): [string, string, string][] {
  return [
    ['text', p.fg, p.bg],
    ['muted', p.muted, p.bg],
    ['link', p.link, p.bg],
    ...p.tones.map((tone, i): [string, string, string] => [`tone ${i + 1}`, tone, p.bg]),
    ['scope', p.chip.fg, p.chip.bg],
    ['Hunan', p.hunan.fg, p.hunan.bg],
    ['Zhuzhou', p.zhuzhou.fg, p.zhuzhou.bg],
  ];
}

/** The custom properties of a stylesheet: the light ones, then the dark ones (from its prefers-color-scheme block). */
function themeVariables(file: string): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync(file, 'utf8');
  const read = (block: string) => Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const darkAt = css.indexOf('prefers-color-scheme: dark');
  return { light: read(css.slice(0, darkAt)), dark: { ...read(css.slice(0, darkAt)), ...read(css.slice(darkAt, css.indexOf('}', css.indexOf('{', darkAt) + 1) + 1)) } };
}

describe('colours meet WCAG AA (4.5:1) for text', () => {
  it.each([
    ['light', LIGHT],
    ['dark', DARK],
  ] as const)('the card, %s: text, muted text, links, the five tone colours and the scope chips', (_, palette) => {
    const low = textPairs(palette).filter(([, fg, bg]) => contrast(fg, bg) < 4.5).map(([name, fg, bg]) => `${name} ${fg} on ${bg}: ${contrast(fg, bg).toFixed(2)}`);
    expect(low).toEqual([]);
  });

  it.each(['components/page-base.css', 'entrypoints/popup/style.css'])('%s, in both themes', (file) => {
    const themes = themeVariables(file);
    for (const [name, vars] of Object.entries(themes)) {
      for (const fg of ['fg', 'muted', 'link']) {
        for (const bg of ['bg', 'chip']) {
          expect(contrast(vars[fg]!, vars[bg]!), `${name}: --${fg} on --${bg}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    }
  });

  it('the ratio itself is right', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
