import { commandChange, isCommandName } from '../core/storage/commands';
import type { PinyinTables } from '../core/pinyin/tables';
import type { Handlers } from '../messaging';
import type { StorageOwner } from '../storage/owner';
import type { WordService } from './word-service';
import type { PlaceQuery } from '../core/summary/facts';
import { UI_TABLES } from '../i18n-tables';

type BackgroundRequest =
  | 'getPinyinTables'
  | 'scanTerms'
  | 'lookUpWord'
  | 'lookUpBlock'
  | 'getUiTable'
  | 'prepareWords'
  | 'searchWords'
  | 'checkPlaces'
  | 'changeSettings'
  | 'resetSettings'
  | 'saveCorrection'
  | 'importCorrections'
  | 'deleteAllCorrections'
  | 'runCommand';

/** More places than any summary's facts hold: a bigger request is cut, not answered in full. */
const MAX_PLACE_QUERIES = 500;
const NO_PLACE: PlaceQuery = { name: '', before: '' };
const isPlaceQuery = (query: unknown): query is PlaceQuery =>
  typeof query === 'object' && query !== null && typeof (query as PlaceQuery).name === 'string' && (query as PlaceQuery).name.length <= 40 && typeof (query as PlaceQuery).before === 'string' && (query as PlaceQuery).before.length <= 3;

/**
 * What the background answers. The data stays here, out of every news page's load: the content
 * script asks for the pinyin tables when it first needs a reading (ruby), has its article's terms
 * found here, and asks for the card of the word under the pointer (CC-CEDICT lives only here). Every write of stored data goes through the storage owner.
 */
export function backgroundHandlers(
  pinyin: PinyinTables,
  owner: StorageOwner,
  words: WordService,
  command: (name: unknown) => Promise<boolean>,
): Handlers<BackgroundRequest> {
  return {
    getPinyinTables: () => pinyin,
    scanTerms: ({ texts }) => words.scanTerms(texts),
    lookUpWord: (request) => words.lookUp(request),
    lookUpBlock: (request) => words.lookUpAll(request),
    getUiTable: ({ locale }) => UI_TABLES[locale],
    prepareWords: () => words.prepare(),
    searchWords: ({ query, limit }) => words.search(query, limit),
    // One answer per query, in order: a malformed one is answered null.
    checkPlaces: ({ queries }) => words.checkPlaces(Array.isArray(queries) ? queries.slice(0, MAX_PLACE_QUERIES).map((q) => (isPlaceQuery(q) ? q : NO_PLACE)) : []),
    changeSettings: (change) => owner.changeSettings(change),
    resetSettings: () => owner.resetSettings(),
    saveCorrection: ({ word, reading, shown }) => owner.saveCorrection(word, reading, Array.isArray(shown) ? shown.filter((s) => typeof s === 'string') : []),
    importCorrections: ({ entries }) => owner.importCorrections(entries),
    deleteAllCorrections: () => owner.deleteAllCorrections().then(() => null),
    // Extension pages run a command as its shortcut would (the e2e tests do: a headless browser presses no OS-level shortcut).
    runCommand: ({ name }) => command(name),
  };
}

/** Runs a keyboard command: one settings change, applied in turn with every other change. */
export async function runCommand(owner: StorageOwner, name: unknown): Promise<boolean> {
  if (!isCommandName(name)) return false;
  await owner.changeSettings((current) => commandChange(name, current));
  return true;
}
