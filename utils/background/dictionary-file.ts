import { createSplitDictionary, HEADWORD_FILE_PATH, shardPath, type Dictionary } from '../core/dictionary';
import { packageFile } from './package-file';

const bytesOf = (path: Parameters<typeof packageFile>[0]) => packageFile(path).then((response) => response.arrayBuffer());

/** CC-CEDICT from the package: the headword file now, each detail shard when a card needs it. */
export async function loadPackagedDictionary(): Promise<Dictionary> {
  return createSplitDictionary(await bytesOf(HEADWORD_FILE_PATH), (index) => bytesOf(shardPath(index) as `/dictionary/details/${string}.bin`));
}
