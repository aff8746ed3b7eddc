import { countHan } from '../text/han';

/**
 * Characters a reader gets through in a minute. 400 sits between the two published anchors for Chinese:
 * reading aloud runs at about 255 characters a minute (IReST, Trauzettel-Klosinski et al., IOVS 2012), and
 * China's compulsory-education Chinese curriculum standard asks for at least 500 a minute of silent reading
 * of general material by grades 7–9. News full of names, titles and figures reads slower than that.
 */
export const CHARS_PER_MINUTE = 400;

/** Whole minutes to read a text, at least 1 for any text with Chinese in it and 0 for none. */
export function readingMinutes(paragraphs: readonly string[]): number {
  const han = paragraphs.reduce((sum, p) => sum + countHan(p), 0);
  return han === 0 ? 0 : Math.max(1, Math.round(han / CHARS_PER_MINUTE));
}
