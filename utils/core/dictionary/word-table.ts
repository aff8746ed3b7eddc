/**
 * Interns ASCII words given as bytes: the same word always gets the same id, and a word already seen
 * costs a hash and a compare, no string. Used while building the English index, then dropped.
 */
export interface WordTable {
  /** The id of word[0, length), a new one (the count so far) for a word not seen before. */
  idOf(word: Uint8Array, length: number): number;
  /** How many distinct words. */
  size(): number;
  /** Byte order of two words, as Array.prototype.sort wants it. */
  compare(a: number, b: number): number;
  /** Bytes of word `id` (a view, valid until the next new word). */
  bytes(id: number): Uint8Array;
}

export function createWordTable(): WordTable {
  let slots = new Int32Array(1 << 16).fill(-1);
  let chars = new Uint8Array(1 << 19);
  let starts = new Uint32Array(1 << 14);
  let hashes = new Uint32Array(1 << 14);
  let count = 0;
  let used = 0;

  function hashOf(word: Uint8Array, length: number): number {
    let hash = 0x811c9dc5; // FNV-1a
    for (let i = 0; i < length; i++) hash = Math.imul(hash ^ word[i]!, 0x01000193);
    return hash >>> 0;
  }

  function equals(id: number, word: Uint8Array, length: number): boolean {
    const start = starts[id]!;
    if (starts[id + 1]! - start !== length) return false;
    for (let i = 0; i < length; i++) if (chars[start + i] !== word[i]) return false;
    return true;
  }

  function place(id: number): void {
    const mask = slots.length - 1;
    let slot = hashes[id]! & mask;
    while (slots[slot] !== -1) slot = (slot + 1) & mask;
    slots[slot] = id;
  }

  return {
    idOf(word, length) {
      const hash = hashOf(word, length);
      const mask = slots.length - 1;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const id = slots[slot]!;
        if (id === -1) break;
        if (hashes[id] === hash && equals(id, word, length)) return id;
      }
      // A new word: append its bytes, and keep the table at most half full.
      if (count + 2 > starts.length) {
        starts = grow(starts, starts.length * 2);
        hashes = grow(hashes, hashes.length * 2);
      }
      if (used + length > chars.length) chars = grow(chars, chars.length * 2);
      chars.set(word.subarray(0, length), used);
      starts[count] = used;
      used += length;
      starts[count + 1] = used;
      hashes[count] = hash;
      const id = count++;
      if (count * 2 > slots.length) {
        slots = new Int32Array(slots.length * 2).fill(-1);
        for (let known = 0; known < count; known++) place(known);
      } else {
        place(id);
      }
      return id;
    },
    size: () => count,
    compare(a, b) {
      const aStart = starts[a]!;
      const bStart = starts[b]!;
      const aLength = starts[a + 1]! - aStart;
      const bLength = starts[b + 1]! - bStart;
      const length = Math.min(aLength, bLength);
      for (let i = 0; i < length; i++) {
        const diff = chars[aStart + i]! - chars[bStart + i]!;
        if (diff !== 0) return diff;
      }
      return aLength - bLength;
    },
    bytes: (id) => chars.subarray(starts[id]!, starts[id + 1]!),
  };
}

function grow<T extends Uint8Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}
