/**
 * The CC-CEDICT dictionary engine: pure, no browser imports. The packed data is built by
 * scripts/dictionary/pack.ts; the extension ships it as `dictionary/cedict.bin` (wxt.config.ts),
 * Node code loads it with scripts/dictionary/packed-file.ts.
 */
export { createDictionary, type Dictionary } from './dictionary';
export { DICT_LABELS, type Classifier, type DictEntry, type DictionaryInfo, type DictLabel } from './types';
export { DICTIONARY_LICENSE_PATH, PACKED_DICTIONARY_PATH } from './paths';
