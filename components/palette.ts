/**
 * Colours of ZhuDu's cards and pages, light and dark. Text colours are chosen for WCAG AA (4.5:1)
 * against the background they sit on; tests/unit/palette.test.ts checks every pair.
 */
export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  rule: string;
  link: string;
  focus: string;
  /** Tones 1–4 and the neutral tone (5). */
  tones: readonly [string, string, string, string, string];
  chip: { bg: string; fg: string };
  hunan: { bg: string; fg: string };
  zhuzhou: { bg: string; fg: string };
}

export const LIGHT: Palette = {
  bg: '#fffef8',
  fg: '#1f2328',
  muted: '#57606a',
  border: '#d0c8b0',
  rule: '#e3dccb',
  link: '#1f5fbf',
  focus: '#1f5fbf',
  tones: ['#c62828', '#a35200', '#2e7d32', '#1f5fbf', '#5f6368'],
  chip: { bg: '#eef2f7', fg: '#33475b' },
  hunan: { bg: '#f6ece0', fg: '#6b3f12' },
  zhuzhou: { bg: '#f7e6e4', fg: '#7d2119' },
};

export const DARK: Palette = {
  bg: '#22262b',
  fg: '#e6edf3',
  muted: '#9da7b3',
  border: '#444c56',
  rule: '#444c56',
  link: '#79c0ff',
  focus: '#79c0ff',
  tones: ['#ff7b72', '#f0a34a', '#7ee787', '#79c0ff', '#b1bac4'],
  chip: { bg: '#2d333b', fg: '#c9d1d9' },
  hunan: { bg: '#3b2f22', fg: '#f2c99b' },
  zhuzhou: { bg: '#3d2624', fg: '#ffb4ab' },
};

/** CSS rules colouring syllables by tone (`.tone1`…`.tone5`). */
export function toneRules(palette: Palette): string {
  return palette.tones.map((colour, i) => `.tone${i + 1} { color: ${colour}; }`).join('\n');
}
