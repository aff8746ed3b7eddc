/**
 * The CC-CEDICT dictionary engine: pure, no browser imports. The packed data is built by
 * scripts/dictionary/pack.ts; the extension ships it split (split.ts) as `dictionary/words.bin` and
 * `dictionary/details/*.bin` (wxt.config.ts); Node code loads the single file with
 * scripts/dictionary/packed-file.ts.
 */
export { createDictionary, createSplitDictionary, type Dictionary } from './dictionary';
export type { FetchShard } from './details';
export { DICT_LABELS, type Classifier, type DictEntry, type DictionaryInfo, type DictLabel } from './types';
export { DICTIONARY_LICENSE_PATH, HEADWORD_FILE_PATH, SHARD_BYTES, shardPath } from './paths';
