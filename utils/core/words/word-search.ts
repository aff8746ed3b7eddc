import type { Dictionary } from '../dictionary/dictionary';
import { isAnotherForm, ownSenses } from '../dictionary/entry';
import { markPinyin, readableSense } from '../dictionary/marks';
import { followReferences } from '../dictionary/references';
import type { DictEntry, DictLabel } from '../dictionary/types';
import { normalizePinyinQuery } from '../glossary/search';

/** A dictionary word found by the popup's search. */
export interface WordSearchHit {
  word: string;
  /** With tone marks: `tóu zī`. */
  pinyin: string;
  senses: string[];
  labels: DictLabel[];
}

const HAN = /\p{Script=Han}/gu;
/** Tone marks or digits: the query is pinyin, not English. */
const TONED = /[1-5āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü:]/i;
/** At most this many letters are read as initials (xzsc). */
const MAX_INITIALS = 6;

/** A hit with its first senses; a word that only points elsewhere (株洲: "see 株洲市") says what that word means. */
function hit(entry: DictEntry, dictionary: Dictionary): WordSearchHit {
  const senses = followReferences(ownSenses(entry), (word) => dictionary.lookup(word));
  return { word: entry.word, pinyin: markPinyin(entry.pinyin), senses: senses.slice(0, 3).map(readableSense), labels: entry.labels };
}

/**
 * Dictionary words for a query of hanzi (the word, then longer words starting with it), pinyin with
 * or without tones and spaces (touzi, tóu zī, tou2 zi1), initials (tz), or English (invest): the
 * whole reading first, English next, then readings that start with the query and initials (initials
 * first when the query has no vowel).
 *
 * @example searchDictionary(dictionary, 'invest', 10) holds 投资; searchDictionary(dictionary, 'touzi', 10)[0].word === '投资'
 */
export function searchDictionary(dictionary: Dictionary, query: string, limit: number): WordSearchHit[] {
  const trimmed = query.trim();
  if (!trimmed || limit <= 0) return [];
  const han = trimmed.match(HAN)?.join('') ?? '';
  if (han) return dictionary.startingWith(han, limit).filter((entry) => ownSenses(entry).length > 0).map((entry) => hit(entry, dictionary));
  const spelled = normalizePinyinQuery(trimmed);
  if (!spelled) return [];
  const pinyinOnly = TONED.test(trimmed);
  const byReading = dictionary.searchPinyin(spelled, false, limit);
  const whole = byReading.filter((entry) => normalizePinyinQuery(entry.pinyin) === spelled);
  const english = pinyinOnly ? [] : dictionary.searchEnglish(trimmed, limit);
  const initials = !pinyinOnly && spelled.length <= MAX_INITIALS && !/\s/.test(trimmed) ? dictionary.searchPinyin(spelled, true, limit) : [];
  // A word and reading listed twice keeps the word's own entry, not a traditional form's (期, not 朞 "variant of 期").
  const seen = new Map<string, number>();
  const out: WordSearchHit[] = [];
  const other = new Set<number>();
  // Letters without a vowel are initials before they are the start of a reading (tz: 投资 before T字裤).
  const ordered = /[aeiouv]/.test(spelled) ? [...whole, ...english, ...byReading, ...initials] : [...whole, ...english, ...initials, ...byReading];
  for (const entry of ordered) {
    const key = `${entry.word}\t${entry.pinyin}`;
    const at = seen.get(key);
    if (at !== undefined) {
      if (other.has(at) && !isAnotherForm(entry)) {
        out[at] = hit(entry, dictionary);
        other.delete(at);
      }
      continue;
    }
    if (ownSenses(entry).length === 0) continue;
    seen.set(key, out.length);
    if (isAnotherForm(entry)) other.add(out.length);
    out.push(hit(entry, dictionary));
    if (out.length === limit) break;
  }
  return out;
}
