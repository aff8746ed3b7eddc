import type { DictionaryInfo, DictLabel } from './types';

/**
 * The packed dictionary: one binary file that is ready as soon as its bytes are, with nothing to parse
 * up front and no JS string holding Chinese (2 bytes a character) until an entry is asked for.
 *
 *   bytes 0–3    "ZDCD"
 *   bytes 4–7    format version (uint32, little-endian)
 *   bytes 8–11   n, the byte length of the info JSON (DictionaryInfo)
 *   bytes 12–    the info JSON, padded with spaces to a multiple of 4
 *   then         entries + 1 uint32 offsets (little-endian): where each line starts in the text, and its end
 *   then         entries bytes, padded with 0 to a multiple of 4: how common each entry's word is in
 *                running text (FREQUENCY_UNKNOWN when the word is in no frequency list)
 *   then         the text: UTF-8 lines `word⇥pinyin⇥flags⇥senses⇥classifiers⏎`, sorted by the bytes of
 *                the word (UTF-8 byte order is code point order), a word's entries in CEDICT order
 *
 * senses are joined by `/` (CEDICT's own separator, which no sense holds); classifiers are `个[ge4],本[ben3]`;
 * flags are one letter per label (LABEL_CODES) and PROPER_CODE for a proper-noun reading.
 *
 * Node (tests, CLI, benches) reads this single file; the extension ships it cut in two (split.ts).
 */
export const MAGIC = 'ZDCD';
export const FORMAT_VERSION = 1;
const HEADER_BYTES = 12;

/** Ends the word and every field but the last; lower than any byte of a word, so a shorter word sorts first. */
export const FIELD_END = 0x09;
export const LINE_END = 0x0a;
export const SENSE_SEPARATOR = '/';
export const CLASSIFIER_SEPARATOR = ',';
export const LABEL_CODES: Readonly<Record<DictLabel, string>> = { surname: 's', place: 'p', name: 'n', variant: 'v', abbr: 'a' };
export const PROPER_CODE = 'P';
/**
 * A word's frequency byte is round(−10·log10(p)) for its frequency p in running text, capped at 254:
 * 的 is 65, 投资 79, 入股 97, 习近平 114; lower is more common.
 */
export const FREQUENCY_UNKNOWN = 255;

export interface PackedDictionary {
  info: DictionaryInfo;
  /** offsets[i] is where line i starts in `text`; offsets[entries] is the end of the last line. */
  offsets: Uint32Array;
  /** One byte per entry, see FREQUENCY_UNKNOWN. */
  frequency: Uint8Array;
  text: Uint8Array;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** A file of the packed family after its header: the info JSON, and where the sections after it start. */
export interface OpenedHeader<Info> {
  info: Info;
  bytes: Uint8Array;
  view: DataView;
  /** Where the first section after the info starts. */
  at: number;
}

/** Reads `magic`, the version and the info JSON that start every file of the packed family. */
export function openHeader<Info>(data: ArrayBuffer | Uint8Array, magic: string, version: number): OpenedHeader<Info> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < HEADER_BYTES || String.fromCharCode(...bytes.subarray(0, 4)) !== magic) throw new Error(`ZhuDu: not a packed dictionary file (${magic})`);
  const found = view.getUint32(4, true);
  if (found !== version) throw new Error(`ZhuDu: packed dictionary file ${magic} version ${found}, expected ${version}`);
  const infoLength = view.getUint32(8, true);
  const info = JSON.parse(new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + infoLength))) as Info;
  return { info, bytes, view, at: HEADER_BYTES + padTo4(infoLength) };
}

/**
 * `count` little-endian uint32 at `at`: a view when aligned on a little-endian machine (nothing copied),
 * else a copy.
 */
export function readOffsets({ bytes, view }: OpenedHeader<unknown>, at: number, count: number): Uint32Array {
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % 4 === 0) return new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
  const offsets = new Uint32Array(count);
  for (let i = 0; i < count; i++) offsets[i] = view.getUint32(at + i * 4, true);
  return offsets;
}

/**
 * Views over packed bytes, as fetched (`ArrayBuffer`) or read from disk: nothing is copied unless
 * the offsets are misaligned for a Uint32Array or the machine is big-endian.
 */
export function openPacked(data: ArrayBuffer | Uint8Array): PackedDictionary {
  const opened = openHeader<DictionaryInfo>(data, MAGIC, FORMAT_VERSION);
  const { info, bytes } = opened;
  const count = info.entries + 1;
  const offsets = readOffsets(opened, opened.at, count);
  const frequencyStart = opened.at + count * 4;
  const textStart = frequencyStart + padTo4(info.entries);
  const frequency = bytes.subarray(frequencyStart, frequencyStart + info.entries);
  const text = bytes.subarray(textStart);
  if (offsets[count - 1] !== text.length) throw new Error('ZhuDu: packed dictionary is truncated');
  return { info, offsets, frequency, text };
}

/**
 * Lays out the file described above from lines already sorted and encoded (each ending in LINE_END)
 * and their frequency bytes.
 */
export function writePacked(info: DictionaryInfo, lines: readonly Uint8Array[], frequency: Uint8Array): Uint8Array {
  if (lines.length !== info.entries || frequency.length !== info.entries) throw new Error('writePacked: counts differ');
  return writeSections(MAGIC, FORMAT_VERSION, info, lines, [frequency]);
}

/**
 * The packed family's layout: header and info, then lines.length + 1 offsets, then each byte array
 * padded to a multiple of 4, then the lines one after another.
 */
export function writeSections(magic: string, version: number, info: unknown, lines: readonly Uint8Array[], arrays: readonly Uint8Array[]): Uint8Array {
  const infoBytes = new TextEncoder().encode(JSON.stringify(info));
  const offsetsStart = HEADER_BYTES + padTo4(infoBytes.length);
  const arraysStart = offsetsStart + (lines.length + 1) * 4;
  const textStart = arrays.reduce((at, array) => at + padTo4(array.length), arraysStart);
  const textLength = lines.reduce((sum, line) => sum + line.length, 0);
  const out = new Uint8Array(textStart + textLength);
  const view = new DataView(out.buffer);
  out.set(new TextEncoder().encode(magic), 0);
  view.setUint32(4, version, true);
  view.setUint32(8, infoBytes.length, true);
  out.fill(0x20, HEADER_BYTES, offsetsStart);
  out.set(infoBytes, HEADER_BYTES);
  let at = 0;
  lines.forEach((line, i) => {
    view.setUint32(offsetsStart + i * 4, at, true);
    out.set(line, textStart + at);
    at += line.length;
  });
  view.setUint32(offsetsStart + lines.length * 4, at, true);
  let arrayAt = arraysStart;
  for (const array of arrays) {
    out.set(array, arrayAt);
    arrayAt += padTo4(array.length);
  }
  return out;
}

export function padTo4(length: number): number {
  return (length + 3) & ~3;
}
