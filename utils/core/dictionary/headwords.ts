import { FIELD_END, type PackedDictionary } from './format';

/**
 * Binary search over the sorted lines by the bytes of their words. Lines that share their first
 * `depth` bytes form a contiguous range; the next byte splits that range again, so a word is found
 * one byte at a time without decoding or slicing anything.
 */

/**
 * The first line in [lo, hi) whose word has `byte` or more at `depth`, the lines sharing their first
 * `depth` bytes. A word that ends at `depth` (FIELD_END there) is below every byte.
 */
export function firstAtLeast(packed: PackedDictionary, lo: number, hi: number, depth: number, byte: number): number {
  const { offsets, text } = packed;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = text[offsets[mid]! + depth]!;
    if (at !== FIELD_END && at >= byte) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether the word of `line` ends after `depth` bytes (its lines come first in their range). */
export function endsAt(packed: PackedDictionary, line: number, depth: number): boolean {
  return packed.text[packed.offsets[line]! + depth] === FIELD_END;
}

/**
 * Writes the UTF-8 bytes of a code point into `out` (4 bytes at least) and returns how many. A lone
 * surrogate is written as its 3-byte form, which no word holds.
 */
export function utf8Bytes(codePoint: number, out: Uint8Array): number {
  if (codePoint < 0x80) {
    out[0] = codePoint;
    return 1;
  }
  if (codePoint < 0x800) {
    out[0] = 0xc0 | (codePoint >> 6);
    out[1] = 0x80 | (codePoint & 0x3f);
    return 2;
  }
  if (codePoint < 0x10000) {
    out[0] = 0xe0 | (codePoint >> 12);
    out[1] = 0x80 | ((codePoint >> 6) & 0x3f);
    out[2] = 0x80 | (codePoint & 0x3f);
    return 3;
  }
  out[0] = 0xf0 | (codePoint >> 18);
  out[1] = 0x80 | ((codePoint >> 12) & 0x3f);
  out[2] = 0x80 | ((codePoint >> 6) & 0x3f);
  out[3] = 0x80 | (codePoint & 0x3f);
  return 4;
}
