import { CLASSIFIER_SEPARATOR, LABEL_CODES, PROPER_CODE, SENSE_SEPARATOR, type PackedDictionary } from './format';
import { referenceOf } from './references';
import { DICT_LABELS, type Classifier, type DictEntry } from './types';

/** Decodes line `line` of the packed text into an entry; the only place a line becomes strings. */
export function decodeEntry(packed: PackedDictionary, line: number, decoder: TextDecoder): DictEntry {
  const start = packed.offsets[line]!;
  const end = packed.offsets[line + 1]! - 1; // without the line end
  return entryFromFields(decoder.decode(packed.text.subarray(start, end)).split('\t'));
}

/** Decodes a line of the split files (split.ts): its word from the headword file, the rest from its shard. */
export function decodeSplitEntry(headwords: PackedDictionary, rest: Uint8Array, line: number, decoder: TextDecoder): DictEntry {
  const word = decoder.decode(headwords.text.subarray(headwords.offsets[line]!, headwords.offsets[line + 1]! - 1));
  return entryFromFields([word, ...decoder.decode(rest.subarray(0, rest.length - 1)).split('\t')]);
}

/** `[word, pinyin, flags, senses, classifiers]` → the entry. */
function entryFromFields(fields: readonly string[]): DictEntry {
  const [word = '', pinyin = '', flags = '', senses = '', classifiers = ''] = fields;
  return {
    word,
    pinyin,
    senses: senses === '' ? [] : senses.split(SENSE_SEPARATOR),
    classifiers: classifiers === '' ? [] : classifiers.split(CLASSIFIER_SEPARATOR).map(parseClassifier),
    labels: DICT_LABELS.filter((label) => flags.includes(LABEL_CODES[label])),
    proper: flags.includes(PROPER_CODE),
  };
}

/** `个[ge4]` → { hanzi: '个', pinyin: 'ge4' }. */
function parseClassifier(packed: string): Classifier {
  const open = packed.indexOf('[');
  return { hanzi: packed.slice(0, open), pinyin: packed.slice(open + 1, -1) };
}

/** The simplified word a "variant of 朞|期[qi1]" sense points to. */
const variantTarget = (sense: string) => (/^(?:old |archaic )?variant of /.test(sense) ? referenceOf(sense)?.word : undefined);

/** Whether the entry is a traditional form's, saying it is a "variant of" its own simplified word (朞 → 期). */
export const isAnotherForm = (entry: DictEntry): boolean => entry.senses.some((sense) => variantTarget(sense) === entry.word);

/** The entry's senses without "variant of" its own word, which says nothing in simplified text. */
export const ownSenses = (entry: DictEntry): string[] => entry.senses.filter((sense) => variantTarget(sense) !== entry.word);
