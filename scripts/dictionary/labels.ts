import type { DictLabel } from '../../utils/core/dictionary/types';

/**
 * Labels from the wording of CEDICT's senses. CEDICT has no part-of-speech or category field, but
 * its editors write surnames, places, people, variants and abbreviations in set phrases:
 *
 *   surname   "surname Chen", "two-character surname Ouyang"
 *   place     "Zhuzhou, prefecture-level city in Hunan", "Hengshan county in Hengyang", "Mt Heng in
 *             Hunan", "the Xiangjiang river in Hunan province", "Nantes (city in France)"
 *   name      "Xi Jinping (1953–), PRC politician …", "Mencius (c. 372-c. 289 BC), …"
 *   variant   "variant of 個|个[ge4]", "old variant of …", "erhua variant of …"
 *   abbr      "abbr. for 全國人民代表大會|全国人民代表大会[…]"
 *
 * place and name are only looked for on proper-noun readings, where a place or a person is what the
 * entry names; an ordinary word such as 县 "county" is not a place. A reading whose senses only point
 * elsewhere ("see 株洲市[Zhu1 zhou1 Shi4]") takes the place and name labels of what it points to
 * (propagateReferences).
 */

const SURNAME = /^(?:(?:old|two-character|three-character|compound|Japanese|Korean) )?surname [A-Z]/;
const VARIANT = /\bvariant of \p{Script=Han}/u;
const ABBREVIATION = /\babbr\. for\b/;

const PLACE_NOUNS =
  'county|city|province|prefecture|district|town|township|village|river|lake|mountain|mountains|range|' +
  'island|islands|archipelago|peninsula|region|municipality|capital|banner|state|canton|oblast|port|' +
  'bay|gulf|strait|sea|desert|plateau|valley|canal|subdistrict|commune|borough|suburb|country';
/**
 * A place noun after the start, "(", ", ", a capitalised name or an article/"-level" qualifier, and
 * before "in", "of", "on", "near", ",", ")" or the end: "city in Hunan", "Hengshan county in",
 * "a county in", "prefecture-level city in", "(city in France)", "Virginia, US state".
 */
const PLACE = new RegExp(
  `(?:^|[(,] ?|\\b(?:a|an|the|[A-Z][\\w'’-]*|[a-z]+-level|autonomous|former|ancient|historic) )` +
    `(?:${PLACE_NOUNS})s?(?= (?:in|of|on|near|north|south|east|west|between|along)\\b|,|;|\\)|$)`,
  'i',
);
const MOUNT = /(?:^|\b)(?:Mt|Mount) [A-Z]/;

/**
 * A person: capitalised names, then their years in brackets ("(1953–)", "(c. 551-479 BC)", "(?-208 BC)",
 * "(9th c. BC)"), and what they were after it.
 */
const PERSON = /^(?:[A-Z\p{Lu}][\p{L}'’.-]*|of|de|da|van|von|bin|ibn|al-[\p{L}-]+|[A-Z]\.)(?:[ -](?:[A-Z\p{Lu}][\p{L}'’.-]*|of|de|da|van|von|bin|ibn|al-[\p{L}-]+|[A-Z]\.|or))* \((?:c\. ?|ca\. ?|b\. ?|d\. ?|fl\. ?|born |died |\?)?(?:\d{1,4}(?: ?BC| ?AD)?(?: ?[-–] ?(?:c\. ?)?\d{0,4}(?: ?BC| ?AD)?)?|\d+(?:st|nd|rd|th) (?:c\.|century)[^)]*|probably [^)]*|[-–] ?\d{1,4}[^)]*)\)(.*)$/u;
/** What follows the years names a state, an era or an event, not a person: "Chen (557–589), one of the Southern Dynasties". */
const NOT_A_PERSON = /\b(?:state|states|dynasty|dynasties|kingdom|kingdoms|period|era|war|wars|movement|rebellion|uprising|incident|treaty|reign)$/i;
const CHINESE_REFERENCE = /[\p{Script=Han}|·]+(?:\[[^\]]*\])?/gu;
const NOT_A_NAME = /\b(?:War|Wars|Treaty|Movement|Dynasty|Dynasties|Kingdom|Kingdoms|Period|Era|Incident|Rebellion|Uprising|Revolution|Battle|Campaign|Conference|Congress|Agreement|Accord|Festival|Games|Olympics|Expedition|Reform|Plan|Act|Pact|Massacre|Crisis|Affair|Empire)\b/;

/** The labels a reading's senses give it on their own; `proper` when its pinyin is capitalised. */
export function senseLabels(senses: readonly string[], proper: boolean): Set<DictLabel> {
  const labels = new Set<DictLabel>();
  for (const sense of senses) {
    if (SURNAME.test(sense)) labels.add('surname');
    if (VARIANT.test(sense)) labels.add('variant');
    if (ABBREVIATION.test(sense)) labels.add('abbr');
    if (!proper) continue;
    if (isPerson(sense)) labels.add('name');
    else if (PLACE.test(sense) || MOUNT.test(sense)) labels.add('place');
  }
  return labels;
}

function isPerson(sense: string): boolean {
  const match = PERSON.exec(sense);
  if (!match) return false;
  const names = sense.slice(0, sense.indexOf(' ('));
  if (NOT_A_NAME.test(names)) return false;
  // The first clause after the years, without Chinese cross-references: "a Zhou dynasty state", "Tang dynasty poet".
  const after = (match[1] ?? '').replace(CHINESE_REFERENCE, '').replace(/^[\s,;]+/, '');
  return !NOT_A_PERSON.test(after.split(/[,;]/)[0]!.trim());
}

/** `see 株洲市[Zhu1 zhou1 Shi4]`, `see 長沙縣|长沙县[Chang2 sha1 Xian4]`, `see also …`: the simplified word and pinyin. */
const REFERENCE = /^see (?:also )?(?:[^\s|[\]]+\|)?([^\s|[\]]+)(?:\[([^\]]+)\])?$/;

export interface Labelled {
  word: string;
  pinyin: string;
  senses: readonly string[];
  labels: Set<DictLabel>;
}

/**
 * Gives a reading whose senses are all references ("see 株洲市[Zhu1 zhou1 Shi4]") the place and name
 * labels of the readings they point to, matched by word and pinyin (by word alone when the
 * reference has no pinyin). One step only: references to references are rare and CEDICT points
 * those at the final entry.
 */
export function propagateReferences(entries: readonly Labelled[]): void {
  const byWord = new Map<string, Labelled[]>();
  for (const entry of entries) byWord.set(entry.word, [...(byWord.get(entry.word) ?? []), entry]);
  const gained = new Map<Labelled, DictLabel[]>();
  for (const entry of entries) {
    if (entry.senses.length === 0) continue;
    const targets = entry.senses.map((sense) => REFERENCE.exec(sense));
    if (!targets.every((target) => target)) continue;
    const labels: DictLabel[] = [];
    for (const target of targets) {
      const [, word = '', pinyin] = target!;
      for (const candidate of byWord.get(word) ?? []) {
        if (pinyin !== undefined && candidate.pinyin.toLowerCase() !== pinyin.toLowerCase()) continue;
        for (const label of ['place', 'name'] as const) if (candidate.labels.has(label)) labels.push(label);
      }
    }
    if (labels.length > 0) gained.set(entry, labels);
  }
  for (const [entry, labels] of gained) for (const label of labels) entry.labels.add(label);
}
