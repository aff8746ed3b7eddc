import { FIELD_END, type PackedDictionary } from './format';

/**
 * Entries by their pinyin, built on the first pinyin search: each line's reading spelled without
 * tones, spaces or case (`tou2 zi1` → `touzi`, `lu:4` → `lv`), and the initials of its syllables
 * (`tz`), each sorted once so that a query is two binary searches. Typed arrays only.
 */
export interface PinyinIndex {
  /** Lines whose spelled reading (or initials) starts with `query`, the exact ones first, then common before rare. */
  find(query: string, byInitials: boolean, limit: number): number[];
  bytes: number;
}

interface Keys {
  text: Uint8Array;
  starts: Uint32Array;
  /** Line numbers sorted by key. */
  order: Uint32Array;
}

const LOWER_A = 0x61;
const LOWER_Z = 0x7a;
const COLON = 0x3a;
const SPACE = 0x20;
const V = 0x76;

/** The pinyin field of a line: from the first field end to the second. */
function pinyinBounds(packed: PackedDictionary, line: number): [number, number] {
  let at = packed.offsets[line]!;
  while (packed.text[at] !== FIELD_END) at++;
  const start = at + 1;
  let end = start;
  while (packed.text[end] !== FIELD_END) end++;
  return [start, end];
}

function buildKeys(packed: PackedDictionary, initials: boolean): Keys {
  const lines = packed.info.entries;
  const starts = new Uint32Array(lines + 1);
  const scratch: number[] = [];
  for (let line = 0; line < lines; line++) {
    const [start, end] = pinyinBounds(packed, line);
    let syllableStart = true;
    for (let at = start; at < end; at++) {
      let byte = packed.text[at]!;
      if (byte === SPACE) {
        syllableStart = true;
        continue;
      }
      if (byte >= 0x41 && byte <= 0x5a) byte += 0x20;
      if (byte === COLON) {
        // u: is ü, spelled v: replace the u just written.
        if (!initials) scratch[scratch.length - 1] = V;
        continue;
      }
      if (byte < LOWER_A || byte > LOWER_Z) continue;
      if (!initials || syllableStart) scratch.push(byte);
      syllableStart = false;
    }
    starts[line + 1] = scratch.length;
  }
  const text = Uint8Array.from(scratch);
  const order = new Uint32Array(lines).map((_, i) => i);
  order.sort((a, b) => compareKeys(text, starts, a, b) || a - b);
  return { text, starts, order };
}

function compareKeys(text: Uint8Array, starts: Uint32Array, a: number, b: number): number {
  const aEnd = starts[a + 1]!;
  const bEnd = starts[b + 1]!;
  for (let i = starts[a]!, j = starts[b]!; ; i++, j++) {
    if (i === aEnd || j === bEnd) return aEnd - i - (bEnd - j);
    const diff = text[i]! - text[j]!;
    if (diff !== 0) return diff;
  }
}

/** -1, 0 or 1: the key of `line` before, starting with, or after `query`. */
function comparePrefix(keys: Keys, line: number, query: Uint8Array): number {
  const start = keys.starts[line]!;
  const end = keys.starts[line + 1]!;
  for (let i = 0; i < query.length; i++) {
    if (start + i === end) return -1;
    const diff = keys.text[start + i]! - query[i]!;
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
  return 0;
}

export function buildPinyinIndex(packed: PackedDictionary): PinyinIndex {
  let spelled: Keys | undefined;
  let initials: Keys | undefined;
  return {
    find(query, byInitials, limit) {
      const keys = byInitials ? (initials ??= buildKeys(packed, true)) : (spelled ??= buildKeys(packed, false));
      const bytes = Uint8Array.from(query, (char) => char.charCodeAt(0));
      const { order } = keys;
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (comparePrefix(keys, order[mid]!, bytes) < 0) lo = mid + 1;
        else hi = mid;
      }
      const found: number[] = [];
      for (let i = lo; i < order.length && comparePrefix(keys, order[i]!, bytes) === 0; i++) found.push(order[i]!);
      const length = (line: number) => keys.starts[line + 1]! - keys.starts[line]!;
      return found
        .sort((a, b) => Number(length(a) !== bytes.length) - Number(length(b) !== bytes.length) || packed.frequency[a]! - packed.frequency[b]! || length(a) - length(b) || a - b)
        .slice(0, limit);
    },
    get bytes() {
      return [spelled, initials].reduce((sum, keys) => sum + (keys ? keys.text.byteLength + keys.starts.byteLength + keys.order.byteLength : 0), 0);
    },
  };
}
