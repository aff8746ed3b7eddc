import { toneOf } from './tones';

/**
 * Tone sandhi of 一 and 不, as pinyin-pro applies it (zh.wiktionary "一" and "不" appendix):
 * before a fourth tone 一 → yí and 不 → bú; before tones 1–3 一 → yì; between two copies of the same
 * character (看一看, 说不说) both are neutral. A few following characters block it (一是, 不的).
 */
const BASE = { 一: 'yī', 不: 'bù' } as const;
const NO_SANDHI_BEFORE: Record<SandhiChar, string> = { 一: '的而之后也还是', 不: '的而之后也还地' };

export type SandhiChar = keyof typeof BASE;

export function isSandhiChar(char: string): char is SandhiChar {
  return char === '一' || char === '不';
}

/** The dictionary tone of 一/不: yī, bù. */
export function baseReading(char: SandhiChar): string {
  return BASE[char];
}

/**
 * The reading of 一/不 given its neighbours: `next` is the following character and `nextReading` its
 * reading in context (undefined at the end of the word or text); `prev` the preceding character.
 */
export function sandhiReading(char: SandhiChar, prev: string | undefined, next: string | undefined, nextReading: string | undefined): string {
  if (next === undefined || nextReading === undefined) return BASE[char];
  if (prev === next) return char === '一' ? 'yi' : 'bu';
  if (NO_SANDHI_BEFORE[char].includes(next)) return BASE[char];
  const tone = toneOf(nextReading);
  if (tone === 4) return char === '一' ? 'yí' : 'bú';
  if (char === '一' && tone !== 5) return 'yì';
  return BASE[char];
}
