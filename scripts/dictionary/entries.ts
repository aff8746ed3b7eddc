import type { Classifier, DictLabel } from '../../utils/core/dictionary/types';
import type { CedictLine } from './cedict';
import { senseLabels } from './labels';

/** A CEDICT line as the packed data keeps it: simplified only, classifiers taken out of the senses. */
export interface PackEntry {
  word: string;
  pinyin: string;
  senses: string[];
  classifiers: Classifier[];
  labels: Set<DictLabel>;
  proper: boolean;
}

// One classifier: `個|个[ge4]` (traditional|simplified) or `本[ben3]`.
const CLASSIFIER = /([^\s,|[\]()]+)(?:\|([^\s,|[\]()]+))?\[([^\]]+)\]/g;
const CLASSIFIER_LIST = /CL:\s*[^\s,|[\]()]+(?:\|[^\s,|[\]()]+)?\[[^\]]+\](?:\s*,\s*[^\s,|[\]()]+(?:\|[^\s,|[\]()]+)?\[[^\]]+\])*/g;
const WHOLE_CLASSIFIER_SENSE = new RegExp(`^${CLASSIFIER_LIST.source}$`);

/**
 * CEDICT capitalises the first syllable of a proper noun (`Chen2`, `Zhu1 zhou1 Shi4`). A Latin
 * letter read as itself (`A pian4`, `BP ji1`) has no tone number and is not one.
 */
export function isProperPinyin(pinyin: string): boolean {
  return /^[A-Z][a-z:]*[1-5]$/.test(pinyin.split(' ')[0] ?? '');
}

/**
 * The entry packed for a CEDICT line. A sense that is only a classifier list (`CL:個|个[ge4],本[ben3]`)
 * moves to `classifiers`; one written inside a sense (`dream (CL:場|场[chang2])`) stays there, as it
 * says which sense takes it, and is listed in `classifiers` too.
 */
export function toPackEntry(line: CedictLine): PackEntry {
  const classifiers: Classifier[] = [];
  const senses: string[] = [];
  for (const sense of line.senses) {
    for (const list of sense.match(CLASSIFIER_LIST) ?? []) {
      for (const [, first = '', second, pinyin = ''] of list.slice('CL:'.length).matchAll(CLASSIFIER)) {
        const hanzi = second ?? first;
        if (!classifiers.some((known) => known.hanzi === hanzi && known.pinyin === pinyin)) classifiers.push({ hanzi, pinyin });
      }
    }
    if (!WHOLE_CLASSIFIER_SENSE.test(sense)) senses.push(sense);
  }
  const proper = isProperPinyin(line.pinyin);
  return { word: line.simplified, pinyin: line.pinyin, senses, classifiers, labels: senseLabels(senses, proper), proper };
}
