import { toneOf } from './tones';

export type ToneStyle = 'marks' | 'numbers' | 'none';

const TONE_MARKS = /[\u0300\u0301\u0304\u030c]/g;

/** A syllable without its tone mark; the diaeresis of ü stays (lǜ → lü). */
export function bareSyllable(marked: string): string {
  return marked.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC');
}

/**
 * Restyles a syllable written with tone marks. Numbers follow pinyin-pro's `num` convention, which
 * ZhuDu printed before it read words itself: the tone digit last, 0 for the neutral tone (le0).
 */
export function styleSyllable(marked: string, toneStyle: ToneStyle): string {
  if (toneStyle === 'marks') return marked;
  const bare = bareSyllable(marked);
  if (toneStyle === 'none') return bare;
  const tone = toneOf(marked);
  return bare + (tone === 5 ? 0 : tone);
}
