import { isMandarinSyllable } from './inventory';
import type { Tone } from './tones';

/** Combining tone marks after NFD. A breve (ă) is the caron's common stand-in on keyboards: tone 3 too. */
const MARK_TONE: Readonly<Record<string, Tone>> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0306': 3, '\u0300': 4 };
const TONE_MARK = ['', '\u0304', '\u0301', '\u030c', '\u0300'] as const;
/** A leading middle dot marks the neutral tone, as dictionaries print it (东西 dōng·xi). */
const NEUTRAL_DOT = /^[\u00b7\u30fb]/;

/**
 * The letter that carries the tone mark: a, else e (or ê), else the o of ou, else the last vowel
 * (so liú and guì), else the nasal of the syllabic m, n, ng and hng.
 */
function markIndex(bare: string): number {
  for (const vowel of ['a', 'e', 'ê']) {
    const at = bare.indexOf(vowel);
    if (at >= 0) return at;
  }
  if (bare.includes('ou')) return bare.indexOf('o');
  for (let i = bare.length - 1; i >= 0; i--) if ('iouü'.includes(bare[i]!)) return i;
  return bare.search(/[mn]/);
}

/**
 * A syllable written with its tone mark; the neutral tone (5) has none.
 *
 * @example markSyllable('lü', 4) → 'lǜ'; markSyllable('liu', 2) → 'liú'; markSyllable('ma', 5) → 'ma'
 */
export function markSyllable(bare: string, tone: Tone): string {
  if (tone === 5) return bare;
  const at = markIndex(bare);
  return (bare.slice(0, at + 1) + TONE_MARK[tone] + bare.slice(at + 1)).normalize('NFC');
}

export type TypedSyllable =
  /** `tone` is null when none was written. */
  | { ok: true; bare: string; tone: Tone | null }
  /** `notSyllable`: no Mandarin syllable is spelt so; `tone`: two tones, or a digit other than 0–5. */
  | { ok: false; why: 'notSyllable' | 'tone' };

/**
 * One syllable as a person types it: tone marks (hǎo) or a tone number (hao3; 5 or 0 for the neutral
 * tone, or a leading ·), ü also as v or u: (lv4, lu:4), j/q/x/y + ü as j/q/x/y + u, any case.
 *
 * @example readTypedSyllable('Lv4') → { ok: true, bare: 'lü', tone: 4 }
 */
export function readTypedSyllable(token: string): TypedSyllable {
  let text = token.normalize('NFD').toLowerCase();
  const dotted = NEUTRAL_DOT.test(text);
  if (dotted) text = text.slice(1);
  const digit = /\d$/.exec(text)?.[0];
  if (digit) text = text.slice(0, -1);
  const marks = [...text].filter((ch) => MARK_TONE[ch]);
  text = [...text].filter((ch) => !MARK_TONE[ch]).join('');
  const bare = text
    .normalize('NFC')
    .replace(/u:|v/g, 'ü')
    .replace(/^([jqxy])ü/, '$1u');
  if (!isMandarinSyllable(bare)) return { ok: false, why: 'notSyllable' };
  const written = (digit ? 1 : 0) + marks.length + (dotted ? 1 : 0);
  if (written > 1 || (digit && !/[0-5]/.test(digit))) return { ok: false, why: 'tone' };
  const tone: Tone | null = marks[0] ? MARK_TONE[marks[0]]! : digit ? ((Number(digit) || 5) as Tone) : dotted ? 5 : null;
  return { ok: true, bare, tone };
}
