import type { DictEntry } from './types';

/** CC-CEDICT's senses that only point to another word: "see 株洲市[…]", "variant of 暗淡[…]", "used in 茉莉[…]". */
const POINTER = /^(?:(?:old |archaic |erhua )?variant of |see (?:also )?|used in )/;
/** The word a pointer names, simplified (`個|个[ge4]` → 个) with its CEDICT pinyin. */
const TARGET = /^(?:[^\s|[\]]+\|)?([^\s|[\]]+)\[([A-Za-z:1-5 ]+)\]/;

export const isReference = (sense: string): boolean => POINTER.test(sense);

/** The word and pinyin a pointer sense names; undefined for any other sense. */
export function referenceOf(sense: string): { word: string; pinyin: string } | undefined {
  const pointer = POINTER.exec(sense);
  const target = pointer && TARGET.exec(sense.slice(pointer[0].length));
  return target ? { word: target[1]!, pinyin: target[2]! } : undefined;
}

/** Whether an entry explains nothing itself: every sense points elsewhere (株洲: "see 株洲市"). */
export const onlyPoints = (senses: readonly string[]): boolean => senses.length > 0 && senses.every(isReference);

/** The words an entry that only points names: what its card must also decode. */
export const pointedWords = (entry: DictEntry): string[] =>
  onlyPoints(entry.senses) ? entry.senses.flatMap((sense) => referenceOf(sense)?.word ?? []) : [];

/** Longest meaning added after a pointer: the target's first senses, cut at a sense boundary. */
const MAX_ADDED = 80;

/**
 * The senses of an entry that only points elsewhere, each followed by what it points to means
 * ("see 株洲市[Zhu1 zhou1 Shi4] — Zhuzhou, prefecture-level city in Hunan"): a learner needs the
 * meaning, not the way to it. One step only; other entries' senses are returned as they are.
 * `lookup` must be able to decode the targets (Dictionary.loadWithin loads them).
 */
export function followReferences(senses: readonly string[], lookup: (word: string) => DictEntry[]): string[] {
  if (!onlyPoints(senses)) return [...senses];
  return senses.map((sense) => {
    const target = referenceOf(sense);
    const meaning = target && meaningOf(lookup(target.word), target.pinyin);
    return meaning ? `${sense} — ${meaning}` : sense;
  });
}

/** The first senses of the entry with `pinyin` (else the first entry) that are not pointers themselves. */
function meaningOf(entries: readonly DictEntry[], pinyin: string): string | undefined {
  const entry = entries.find((candidate) => candidate.pinyin.toLowerCase() === pinyin.toLowerCase()) ?? entries[0];
  const senses = entry?.senses.filter((sense) => !isReference(sense)) ?? [];
  let meaning = senses[0];
  for (const sense of senses.slice(1)) {
    if (meaning!.length + sense.length + 2 > MAX_ADDED) break;
    meaning += `; ${sense}`;
  }
  return meaning;
}
