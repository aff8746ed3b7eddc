import {
  CLASSIFIER_SEPARATOR,
  FREQUENCY_UNKNOWN,
  LABEL_CODES,
  PROPER_CODE,
  SENSE_SEPARATOR,
  writePacked,
} from '../../utils/core/dictionary/format';
import { DICT_LABELS, type DictionaryInfo } from '../../utils/core/dictionary/types';
import { parseCedict } from './cedict';
import { toPackEntry, type PackEntry } from './entries';
import { propagateReferences } from './labels';

export interface PackOptions {
  /** The CEDICT date when the text has no `#! date=` header (`YYYY-MM-DD`). */
  date?: string;
  /** Where the text came from, kept in the header. */
  source?: string;
  /** A word's frequency in running text (0–1), for ranking English search; none by default. */
  frequency?: (word: string) => number | undefined;
  /** Where those frequencies came from, kept in the header. */
  frequencySource?: string;
}

/**
 * Turns CC-CEDICT text into the packed dictionary (utils/core/dictionary/format.ts): every entry
 * under its simplified headword, labelled, sorted by the UTF-8 bytes of the headword. Pure: the
 * build, the Node loader and the tests all call it.
 */
export function packCedict(text: string, options: PackOptions = {}): Uint8Array {
  const parsed = parseCedict(text);
  const entries = parsed.lines.map(toPackEntry);
  propagateReferences(entries);
  const encoder = new TextEncoder();
  const lines = entries.map((entry, index) => ({
    key: encoder.encode(entry.word),
    bytes: encoder.encode(formatLine(entry)),
    frequency: frequencyByte(options.frequency?.(entry.word)),
    index,
  }));
  // Same order as the engine's byte-by-byte search; a word's readings keep CEDICT's order.
  lines.sort((a, b) => compareBytes(a.key, b.key) || a.index - b.index);
  let headwords = 0;
  lines.forEach((line, i) => {
    if (i === 0 || compareBytes(lines[i - 1]!.key, line.key) !== 0) headwords++;
  });
  const date = parsed.date ?? options.date;
  if (!date) throw new Error('packCedict: the CEDICT text has no #! date= header and no date was given');
  const info: DictionaryInfo = { date, entries: lines.length, headwords, source: options.source ?? 'CC-CEDICT' };
  if (options.frequencySource) info.frequencySource = options.frequencySource;
  return writePacked(
    info,
    lines.map((line) => line.bytes),
    Uint8Array.from(lines, (line) => line.frequency),
  );
}

/** round(−10·log10(p)), capped below FREQUENCY_UNKNOWN (format.ts). */
function frequencyByte(probability: number | undefined): number {
  if (probability === undefined || !(probability > 0)) return FREQUENCY_UNKNOWN;
  return Math.min(FREQUENCY_UNKNOWN - 1, Math.max(0, Math.round(-10 * Math.log10(probability))));
}

/** `word⇥pinyin⇥flags⇥senses⇥classifiers⏎`; throws when a field holds a character the layout reserves. */
function formatLine(entry: PackEntry): string {
  // Every byte of a word must sort above the field end (tab), and no field may hold a tab or line end.
  if (entry.word === '' || /[\u0000-\u0020]/.test(entry.word)) throw new Error(`packCedict: bad headword ${JSON.stringify(entry.word)}`);
  const flags = DICT_LABELS.filter((label) => entry.labels.has(label)).map((label) => LABEL_CODES[label]).join('') + (entry.proper ? PROPER_CODE : '');
  const classifiers = entry.classifiers.map(({ hanzi, pinyin }) => `${hanzi}[${pinyin}]`).join(CLASSIFIER_SEPARATOR);
  const fields = [entry.word, entry.pinyin, flags, entry.senses.join(SENSE_SEPARATOR), classifiers];
  if (fields.some((field) => /[\t\n]/.test(field))) throw new Error(`packCedict: a field of ${entry.word} holds a tab or line end`);
  if (entry.senses.some((sense) => sense.includes(SENSE_SEPARATOR))) throw new Error(`packCedict: a sense of ${entry.word} holds ${SENSE_SEPARATOR}`);
  return `${fields.join('\t')}\n`;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
