import { isHan } from '../text/han';
import { markSyllable, readTypedSyllable } from './typed-syllable';
import type { Tone } from './tones';

export type { Corrections } from './correction-spans';

/** Longest word a correction may be for. */
import { isReadingShape, MAX_CORRECTION_CHARS } from './stored-reading';

export { MAX_CORRECTION_CHARS };

/** Why a reading was refused; the UI says it in its own language (correction-message.ts). */
export type CorrectionProblem =
  /** The word is not 1–12 Han characters. */
  | { kind: 'word' }
  | { kind: 'empty' }
  /** `text` is spelt like no Mandarin syllable. */
  | { kind: 'notSyllable'; text: string }
  /** `text` has two tones, or a tone number other than 1–5 and 0. */
  | { kind: 'tone'; text: string }
  | { kind: 'count'; word: string; characters: number; syllables: number }
  /** `text` has no tone; `withNumber` and `withMark` show how to write one. */
  | { kind: 'noTone'; text: string; withNumber: string; withMark: string };

export type CorrectionCheck = { reading: string } | { problem: CorrectionProblem };

/** The background's answer to a save: what was wrong, or the reading it stored (none for a delete). */
export interface SavedCorrection {
  problem?: CorrectionProblem;
  reading?: string;
}

type Read = { bare: string; tone: Tone | null };

const TONE_MARKS = /[\u0300\u0301\u0304\u0306\u030c]/;

/**
 * A run of letters with no separator as the fewest syllables it splits into, else null. With tone
 * marks every piece must carry one (zhūzhōu) and no digit may follow (hǎo3 is not hǎ o3); without,
 * any syllables will do (shouren: its "no tone" message is then about shou).
 */
function splitRun(run: string): Read[] | null {
  const marked = TONE_MARKS.test(run.normalize('NFD'));
  if (marked && /\d/.test(run)) return null;
  const best: (Read[] | null)[] = new Array<Read[] | null>(run.length + 1).fill(null);
  best[run.length] = [];
  for (let start = run.length - 1; start >= 0; start--) {
    for (let end = start + 1; end <= run.length; end++) {
      const rest = best[end];
      if (!rest) continue;
      const read = readTypedSyllable(run.slice(start, end));
      if (read.ok && (!marked || read.tone !== null) && (!best[start] || best[start]!.length > rest.length + 1)) best[start] = [read, ...rest];
    }
  }
  return best[0] ?? null;
}

/**
 * The typed reading in pieces: spaces, apostrophes and hyphens separate; so does a tone number
 * (shou4ren2) or a neutral dot. NFKC first, so full-width letters and digits from a Chinese IME count.
 */
function pieces(reading: string): string[] {
  return reading
    .normalize('NFKC')
    .trim()
    .split(/[\s'’\-]+/)
    .flatMap((chunk) => chunk.split(/(?<=\d)(?=.)|(?=[\u00b7\u30fb])/))
    .filter(Boolean);
}

/**
 * Checks a reading the user typed for a word: 1–12 Han characters, one Mandarin syllable for each,
 * every syllable with its tone — a mark (hǎo) or a number (hao3), the neutral tone as 5, 0 or a
 * leading · (allowed on any syllable: in Mandarin nearly any syllable can lose its tone when
 * unstressed, 东西 dōng·xi). A bare syllable is refused, since the user may just have left the tone
 * out. `current` (the reading shown now) picks the tone of the examples in a "no tone" message.
 * Returns the reading in tone marks, syllables separated by spaces, or what is wrong.
 *
 * @example checkCorrection('曾寿仁', 'Zeng1 shou4ren2') → { reading: 'zēng shòu rén' }
 */
export function checkCorrection(word: string, reading: string, current: readonly string[] = []): CorrectionCheck {
  const chars = [...word];
  if (chars.length === 0 || chars.length > MAX_CORRECTION_CHARS || !chars.every(isHan)) return { problem: { kind: 'word' } };
  const typed = pieces(reading);
  if (typed.length === 0) return { problem: { kind: 'empty' } };
  const syllables: { text: string; read: Read }[] = [];
  for (const text of typed) {
    const read = readTypedSyllable(text);
    if (read.ok) {
      syllables.push({ text, read });
      continue;
    }
    const split = splitRun(text);
    if (!split || split.length < 2) return { problem: { kind: read.why, text } };
    for (const part of split) syllables.push({ text: part.tone === null ? part.bare : markSyllable(part.bare, part.tone), read: part });
  }
  if (syllables.length !== chars.length) return { problem: { kind: 'count', word, characters: chars.length, syllables: syllables.length } };
  const toneless = syllables.findIndex(({ read }) => read.tone === null);
  if (toneless >= 0) {
    const { text, read } = syllables[toneless]!;
    const shown = current[toneless] === undefined ? null : readTypedSyllable(current[toneless]);
    const example = shown?.ok && shown.bare === read.bare && shown.tone && shown.tone !== 5 ? shown.tone : 1;
    return { problem: { kind: 'noTone', text, withNumber: `${read.bare}${example}`, withMark: markSyllable(read.bare, example) } };
  }
  return { reading: syllables.map(({ read }) => markSyllable(read.bare, read.tone!)).join(' ') };
}


/**
 * Whether a stored correction entry is one the background could have written: a deletion (null), or
 * a reading whose every syllable is a Mandarin syllable. Pages check only the shape (they do not carry
 * the inventory), so the background drops `xyz`-like values from storage and sync with this.
 */
export function isStoredCorrection(word: string, value: unknown): boolean {
  if (value === null) return [...word].length > 0;
  return isReadingShape(word, value) && value.split(' ').every((syllable) => readTypedSyllable(syllable).ok);
}
