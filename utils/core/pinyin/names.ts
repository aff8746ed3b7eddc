import { isHan } from '../text/han';
import { NAME_TITLES } from '../text/name-titles';

/**
 * Surnames whose reading differs from the character's everyday one (曾 Zēng, not céng). Only the
 * polyphonic ones are listed: any other surname reads as its character does anyway.
 */
const SURNAME_READINGS: Readonly<Record<string, string>> = {
  曾: 'zēng',
  单: 'shàn',
  仇: 'qiú',
  区: 'ōu',
  朴: 'piáo',
  查: 'zhā',
  解: 'xiè',
  盖: 'gě',
  缪: 'miào',
  翟: 'zhái',
  种: 'chóng',
  繁: 'pó',
  句: 'gōu',
  秘: 'bì',
  宁: 'nìng',
  任: 'rén',
  燕: 'yān',
  薄: 'bó',
  折: 'shé',
  召: 'shào',
  都: 'dū',
  过: 'guō',
  那: 'nā',
  隗: 'wěi',
  员: 'yùn',
};

/** NAME_TITLES by first character, longest first, so 秘书长 wins over 书长 and the scan is one lookup. */
const TRIGGERS = new Map<string, string[]>();
for (const word of [...NAME_TITLES].sort((a, b) => b.length - a.length)) {
  TRIGGERS.set(word[0]!, [...(TRIGGERS.get(word[0]!) ?? []), word]);
}

/** After 曾 these make it the adverb "once" (曾经, 曾多次, 曾任), not a surname. */
const NOT_A_NAME_AFTER: Readonly<Record<string, string>> = {
  曾: '经多任在是有于被为获参先担两三几一亲数屡到去来给把与就也都',
};

/** Separators inside a list of names: 陈恢清、何恩广 or, in bylines, 尹铭哲 凌晨. */
const NAME_SEPARATORS = '、 　';

/**
 * Surnames read as such at the start of any item of a 、 list, with no title before the list: the
 * other reading of 曾 is the adverb "once", which cannot make a list item without its verb
 * (曾任, 曾获 are ruled out by NOT_A_NAME_AFTER). Characters whose other reading is a content
 * word (种, 单, 查) stay out: 种粮、养殖 is no list of names.
 */
const LISTED_SURNAMES = '曾';
/** What may stand on the far side of a list item from its 、: another 、, or the end of the clause. */
const LIST_ITEM_EDGE = /^(?:、|[，。；：！？,.;:!?）)”’\s]|$)/;

/**
 * Positions in `chars` where a personal name starts, with the surname reading of its first
 * character. `alone(at)` tells whether the character stands outside any dictionary word: 单位 after
 * a title is a word, not the surname 单.
 */
export function nameReadings(chars: readonly string[], alone: (at: number) => boolean): [number, string][] {
  const found: [number, string][] = [];
  /** `inList`: a name already came before (陈恢清、曾一鸣), so 曾 cannot be the adverb here. */
  const consider = (at: number, inList: boolean) => {
    const char = chars[at];
    const reading = char === undefined ? undefined : SURNAME_READINGS[char];
    if (reading === undefined || !alone(at)) return;
    const after = chars[at + 1];
    if (!inList && after !== undefined && NOT_A_NAME_AFTER[char!]?.includes(after)) return;
    found.push([at, reading]);
  };
  for (let at = 0; at < chars.length; at++) {
    if (LISTED_SURNAMES.includes(chars[at]!) && startsListItem(chars, at)) consider(at, false);
    const trigger = TRIGGERS.get(chars[at]!)?.find((word) => matchesAt(chars, at, word));
    if (!trigger) continue;
    let start = at + trigger.length;
    if (chars[start] === '/' || chars[start] === '／') start++;
    // Walk a list of names: each item of two to four Han characters is a name, and so is the next.
    for (let inList = false; ; inList = true) {
      consider(start, inList);
      let end = start;
      while (end < chars.length && isHan(chars[end]!)) end++;
      const length = end - start;
      if (length < 2 || length > 4 || !NAME_SEPARATORS.includes(chars[end] ?? '。')) break;
      start = end + 1;
    }
    at = start - 1;
  }
  return found;
}

/**
 * Whether a list item of two or three Han characters, the length of a name, starts at `at`: with 、
 * on one side and another 、 or the end of the clause on the other (刘力量、曾雨农、赵占一).
 */
function startsListItem(chars: readonly string[], at: number): boolean {
  let end = at;
  while (end < chars.length && isHan(chars[end]!)) end++;
  if (end - at < 2 || end - at > 3) return false;
  const before = chars[at - 1] ?? '';
  const after = chars[end] ?? '';
  return (before === '、' && LIST_ITEM_EDGE.test(after)) || (after === '、' && LIST_ITEM_EDGE.test(before));
}

function matchesAt(chars: readonly string[], at: number, word: string): boolean {
  let k = 0;
  for (const char of word) if (chars[at + k++] !== char) return false;
  return true;
}
