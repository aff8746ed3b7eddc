/**
 * A place check for facts.ts from the CC-CEDICT dictionary (the CLI's, or the background's for the popup): a
 * phrase the dictionary lists only as a common word (上山下乡, 全市, 地区: senses like "whole city" or "district"
 * do not make them names) is not a place, nor is the tail of a longer word the text holds (然保护区, cut from
 * 自然保护区); one it lists as a proper noun (湘潭市, 炎陵县) is. Unknown phrases are left to the rules. It reads
 * the headwords' kinds only, so no detail shard is fetched for it.
 */
import type { Dictionary } from '../dictionary/dictionary';
import type { PlaceQuery } from './facts';

export function dictionaryPlaceCheck(dictionary: Pick<Dictionary, 'kinds'>): (query: PlaceQuery) => boolean | undefined {
  return ({ name, before }) => {
    for (let k = 1; k <= before.length; k++) if (dictionary.kinds(before.slice(-k) + name).length > 0) return false;
    const kinds = dictionary.kinds(name);
    if (kinds.length === 0) return undefined;
    return kinds.some((kind) => kind.proper);
  };
}
