import { isHan } from '../text/han';

/**
 * The user's own readings ("fix this reading"): a word and the syllables it should read as, tone
 * marks, one syllable per Han character. They win over every rule and dictionary, everywhere.
 */
export type Corrections = ReadonlyMap<string, string>;

const SYLLABLE = /^[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜa-zü]+[a-zü]*$/i;

/**
 * Checks a correction before it is stored: the word is 1–12 Han characters and the reading has
 * one pinyin syllable per character. Returns the normalized reading, or an error message.
 *
 * @example checkCorrection('曾寿仁', 'Zēng Shòu Rén') → { reading: 'zēng shòu rén' }
 */
export function checkCorrection(word: string, reading: string): { reading: string } | { error: string } {
  const chars = [...word];
  if (chars.length === 0 || chars.length > 12 || !chars.every(isHan)) {
    return { error: 'The word must be 1 to 12 Chinese characters.' };
  }
  const syllables = reading.normalize('NFC').trim().toLowerCase().split(/[\s'’-]+/).filter(Boolean);
  if (syllables.length !== chars.length) {
    return { error: `Give one syllable per character: ${chars.length} for ${word}.` };
  }
  if (!syllables.every((s) => SYLLABLE.test(s))) return { error: 'Write pinyin with tone marks, e.g. zēng.' };
  return { reading: syllables.join(' ') };
}

/** Where corrected words occur in a text, longest first at each position, left to right. */
export function correctionSpans(text: string, corrections: Corrections): { start: number; word: string; syllables: string[] }[] {
  if (corrections.size === 0) return [];
  const longest = Math.max(...[...corrections.keys()].map((word) => word.length));
  const spans: { start: number; word: string; syllables: string[] }[] = [];
  for (let i = 0; i < text.length; ) {
    let found = '';
    for (let length = Math.min(longest, text.length - i); length >= 1 && !found; length--) {
      if (corrections.has(text.slice(i, i + length))) found = text.slice(i, i + length);
    }
    if (found) {
      spans.push({ start: i, word: found, syllables: corrections.get(found)!.split(' ') });
      i += found.length;
    } else {
      i++;
    }
  }
  return spans;
}
