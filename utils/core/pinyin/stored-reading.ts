import { isHan } from '../text/han';

/** Longest word a correction may be for, in characters. */
export const MAX_CORRECTION_CHARS = 12;

/** The tone marks storage writes (and ê's circumflex, ü's diaeresis), once a syllable is decomposed. */
const MARKS = /[\u0300\u0301\u0302\u0304\u0308\u030c]/g;
const TONES = /[\u0300\u0301\u0304\u030c]/g;

/**
 * Whether a stored value has the shape of a reading for `word`: one lower-case pinyin syllable per
 * character, one space between, at most one tone mark each. Every way in (the card, the options, an
 * import) checks a reading against the syllable inventory before the background stores it; readers of
 * storage, the news page among them, check only this shape, so the page does not carry the inventory.
 */
export function isReadingShape(word: string, value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const chars = [...word];
  if (chars.length === 0 || chars.length > MAX_CORRECTION_CHARS || !chars.every(isHan)) return false;
  const syllables = value.split(' ');
  return (
    syllables.length === chars.length &&
    syllables.every((syllable) => {
      const bare = syllable.normalize('NFD');
      return (bare.match(TONES)?.length ?? 0) <= 1 && /^[a-z]{1,6}$/.test(bare.replace(MARKS, ''));
    })
  );
}
