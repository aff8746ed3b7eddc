/**
 * A place check for facts.ts from the CC-CEDICT dictionary, where one is loaded (the CLI): a phrase the dictionary
 * lists only as a common word (上山下乡, 全市, 地区: senses like "whole city" or "district" do not make them names)
 * is not a place; one it lists as a proper noun (湘潭市, 炎陵县) is. Unknown phrases are left to the rules.
 */
import type { Dictionary } from '../dictionary/dictionary';

export function dictionaryPlaceCheck(dictionary: Pick<Dictionary, 'lookup'>): (name: string) => boolean | undefined {
  return (name) => {
    const entries = dictionary.lookup(name);
    if (entries.length === 0) return undefined;
    return entries.some((entry) => entry.proper);
  };
}
