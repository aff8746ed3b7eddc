import { isHan } from '../text/han';
import { NAME_TITLES } from '../text/name-titles';

/** Titles and byline words, longest first so that 秘书长 wins over 书长. */
export const NAME_BEFORE: readonly string[] = [...NAME_TITLES].sort((a, b) => b.length - a.length);

/** Common single-character surnames, and the compound ones news meets. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤聂阳尚兰池凌易文伍颜欧左柳鲁葛单仇区朴查解盖缪翟宁燕薄殷霍尤倪康甘卓童洪符施祝梅温岳樊凤申舒阮柴裴匡廉',
]);
const COMPOUND_SURNAMES = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '令狐', '慕容', '尉迟', '公孙'];

/** What may follow a name: the end of the text, punctuation or space, or a verb of reporting. */
const AFTER_NAME = /^(?:$|[^\p{Script=Han}]|介绍|表示|说|指出|强调|主持|出席|讲话|要求|调研|带队|参加|一行|等|和|与|及|在|对|为|向|到|来|去|是|也|还|就|都|则|称|的)/u;
/** Separators inside a list of names: 陈恢清、何恩广 or, in bylines, 尹铭哲 凌晨. */
const NAME_SEPARATORS = '、 　/／';

export interface NameSpan {
  start: number;
  end: number;
}

/**
 * The name (2–4 characters) starting at `at` after a title, or 0: one that ends where the text or a
 * reporting verb does, else three characters none of whose pairs is a common word (店主罗志高面前).
 */
function nameLengthAt(text: string, at: number, isWord: (word: string) => boolean): number {
  const compound = COMPOUND_SURNAMES.find((surname) => text.startsWith(surname, at));
  if (!compound && !SURNAMES.has(text.charAt(at))) return 0;
  const lengths = compound ? [4, 3] : [3, 2];
  const allHan = (name: string, length: number) => name.length === length && [...name].every(isHan);
  for (const length of lengths) {
    const name = text.slice(at, at + length);
    if (allHan(name, length) && AFTER_NAME.test(text.slice(at + length, at + length + 2))) return length;
  }
  const three = text.slice(at, at + 3);
  if (!compound && allHan(three, 3) && !isWord(three.slice(1)) && !isWord(three.slice(0, 2)) && !isWord(text.slice(at + 2, at + 4))) return 3;
  return 0;
}

/** Words that follow a name when no title precedes it: 罗志高说, 曹慧泉代表…. */
const SAYS_AFTER_NAME = /^(?:说|表示|介绍|指出|强调|主持|认为|告诉|坦言|透露|回忆|代表)/u;

/**
 * Where personal names stand in `text`: after a title or a byline word, each name of a list that
 * follows (市委书记曹慧泉，市委副书记、市长陈恢清 → 曹慧泉, 陈恢清), every later mention of a name
 * found so, and a three-character name before a verb of saying when `isWord` knows no word in it.
 *
 * @example personNames('记者/黎世伟 通讯员/尹铭哲') → [{ start: 3, end: 6 }, { start: 11, end: 14 }]
 */
export function personNames(text: string, isWord: (word: string) => boolean = () => false): NameSpan[] {
  const found = namesAfterTitles(text, isWord);
  const known = new Set(found.map(({ start, end }) => text.slice(start, end)));
  const taken = (at: number, end: number) => found.some((span) => span.start < end && at < span.end);
  for (const name of known) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) if (!taken(at, at + name.length)) found.push({ start: at, end: at + name.length });
  }
  for (const span of namesInLists(text, isWord)) if (!taken(span.start, span.end)) found.push(span);
  for (let at = 0; at + 2 <= text.length; at++) {
    const length = nameBeforeSaying(text, at, isWord);
    if (length && !taken(at, at + length)) found.push({ start: at, end: at + length });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The length of a name at `at` before a verb of saying, or 0: three characters none of whose pairs
 * is a word (罗志高说), or two that open a clause and are no word (，尚斌强调 but not ，文件强调).
 */
function nameBeforeSaying(text: string, at: number, isWord: (word: string) => boolean): number {
  if (!SURNAMES.has(text.charAt(at))) return 0;
  const three = text.slice(at, at + 3);
  if (
    three.length === 3 && SAYS_AFTER_NAME.test(text.slice(at + 3, at + 5)) && [...three].every(isHan) &&
    !isWord(three) && !isWord(three.slice(0, 2)) && !isWord(three.slice(1)) &&
    !(at > 0 && isHan(text.charAt(at - 1)) && isWord(text.slice(at - 1, at + 1)))
  ) return 3;
  const two = text.slice(at, at + 2);
  const opensClause = at === 0 || !isHan(text.charAt(at - 1));
  if (opensClause && isHan(two.charAt(1)) && SAYS_AFTER_NAME.test(text.slice(at + 2, at + 4)) && !isWord(two) && !isWord(text.slice(at + 1, at + 3))) return 2;
  return 0;
}

/** Three or more names in a row, each of 2–3 characters after a surname and none a word, ended by 等 (程轶辉、谭艳、李勇等代表). */
const NAME_LIST = /(?:\p{Script=Han}{2,3}、){2,}\p{Script=Han}{2,3}(?=等|同志|分别|出席|参加|发言|一行)/gu;

function namesInLists(text: string, isWord: (word: string) => boolean): NameSpan[] {
  const found: NameSpan[] = [];
  for (const match of text.matchAll(NAME_LIST)) {
    let start = match.index;
    let items = match[0].split('、');
    // The first item may have taken the character before the name (邀请李勇、…: 请李勇).
    if (items[0]!.length === 3 && !SURNAMES.has(items[0]!.charAt(0))) {
      items = [items[0]!.slice(1), ...items.slice(1)];
      start++;
    }
    if (!items.every((item) => SURNAMES.has(item.charAt(0)) && !isWord(item))) continue;
    for (const item of items) {
      found.push({ start, end: start + item.length });
      start += item.length + 1;
    }
  }
  return found;
}

function namesAfterTitles(text: string, isWord: (word: string) => boolean): NameSpan[] {
  const found: NameSpan[] = [];
  for (let at = 0; at < text.length; at++) {
    const trigger = NAME_BEFORE.find((word) => text.startsWith(word, at));
    if (!trigger) continue;
    let start = at + trigger.length;
    while (start < text.length && NAME_SEPARATORS.includes(text.charAt(start)) && text.charAt(start) !== '、') start++;
    for (;;) {
      const length = nameLengthAt(text, start, isWord);
      if (!length) break;
      found.push({ start, end: start + length });
      const next = start + length;
      if (!NAME_SEPARATORS.includes(text.charAt(next))) break;
      start = next + 1;
    }
    at = Math.max(at, start - 1);
  }
  return found;
}
