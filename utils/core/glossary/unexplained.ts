import { foldPattern } from './fold';
import type { TermHit } from './types';
import { isOrdinaryPhrase } from './ordinary-phrase';

/** A quoted phrase that looks like a policy slogan but matched no glossary entry. */
export interface UnexplainedPhrase {
  /** The phrase between the quotes, as written. */
  text: string;
  /** Offsets of the phrase (without its quotes) in the searched text. */
  start: number;
  end: number;
  shape: SloganShape;
}

/**
 * formula: numbers or short words joined by + or × (“1+N”, “2+2”, “常规+专项+提级”, “北斗+”).
 * numbered: a Chinese numeral counting something (“三个专项行动”, “七大攻坚”, “两新”, “三会三文”).
 * campaign: a named campaign, project or year (“…专项行动”, “…工程”, “提质增效年”, “枫桥经验”).
 * enumeration: 2–6 short parallel items joined by 、 (“聚焦、激活、变革、优化”).
 * coinage: any other short Han phrase that is no dictionary word (“林长制”, “参北斗”); only found when
 *   a dictionary is at hand (see findUnexplained).
 */
export type SloganShape = 'formula' | 'numbered' | 'campaign' | 'enumeration' | 'coinage';

/** Quotes that mark a slogan in news prose. Book-title marks 《》 name documents, not slogans. */
const QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['"', '"'],
]);

/** Longer quotations are speech, not slogans. */
const MAX_QUOTED = 24;

const HAN = '\\p{Script=Han}';
const PART = `(?:[0-9]+|[a-z]|${HAN}{1,6})`;
const FORMULA = new RegExp(`^(?:${PART}(?:[+×]${PART})+|${HAN}{1,6}\\+|\\+${HAN}{1,6})$`, 'u');
const HAN_ONLY = new RegExp(`^${HAN}{2,12}$`, 'u');
/** 一 is left out: 一个, 一条, 一大 are everyday words, and 一-slogans repeat it (一老一小). */
const COUNTED = /(?:^|[^第])[二三四五六七八九十两百千万双](?:个|大|项|条|件|种|样|类|型|化|新|高|有|字|会|微|不|上)/u;
const TWO_CHAR_NUMBERED = /^[二三四五六七八九十两双]\p{Script=Han}$/u;
const NUMERALS = /[一二三四五六七八九十两百千万]/gu;
const ENUMERATION = new RegExp(`^${HAN}{1,6}(?:、${HAN}{1,6}){1,5}$`, 'u');
/** Reduplicated descriptive words (黑乎乎, 绿油油) list a scene, not a policy. */
const REDUPLICATED = /(\p{Script=Han})\1/u;
/** Words and marks that introduce reported speech: “…” after them is a quotation, not a slogan. */
const SPEECH_BEFORE = /(?:说|表示|指出|强调|认为|介绍|坦言|感慨|笑称|[:：])[\s，,]*$/u;
/** Marks of a sentence, a title or a name list: a quote holding them is speech or a title (“寻始祖·品黄桃”). */
const SENTENCE_MARKS = /[\s，,。.！!？?；;：:·•]/u;
/** A 的-phrase (“流动的乡村党校”) or “…之路” describes; it names no policy. */
const DESCRIPTIVE = /的|之路$/u;
/** Names of institutions, events and groups end like this (“空天技术学院”, “委员大讲堂”, “茶陵诗派”). */
const NAME_ENDING = /(?:学院|大学|学校|讲堂|诗派|公司|集团|医院|银行|协会|案例|榜单|城市)$/u;
/**
 * A quoted coinage ending like this names a facility or a prize (“茶文化展示中心”, “全能奖”). Only for
 * coinages: a numbered slogan may well end in 中心 (“四个中心”) and stays flagged.
 */
const FACILITY_ENDING = /(?:中心|奖)$/u;
const CAMPAIGN = new RegExp(`^${HAN}{2,10}(?:行动|工程|战略|攻坚|活动|机制|体系|计划|理念|模式|经验)$|^${HAN}{3,11}年$`, 'u');

/** Classifies a folded quoted phrase, or returns undefined when it has no slogan shape. */
export function sloganShape(phrase: string): SloganShape | undefined {
  if (FORMULA.test(phrase)) return 'formula';
  if (ENUMERATION.test(phrase)) return phrase.split('、').some((item) => REDUPLICATED.test(item)) ? undefined : 'enumeration';
  if (!HAN_ONLY.test(phrase)) return undefined;
  if (COUNTED.test(phrase) || TWO_CHAR_NUMBERED.test(phrase)) return 'numbered';
  if ((phrase.match(NUMERALS) ?? []).length >= 2) return 'numbered';
  if (CAMPAIGN.test(phrase)) return 'campaign';
  return undefined;
}

/**
 * A run of 3–6 three-character words in -化 joined by 、, quoted or not (高端化、智能化、绿色化): the way
 * policy lists the directions of an industry; unquoted it is still a formulation. Two-character ones
 * are everyday verbs (深化、内化、转化).
 */
const HUA_LIST = /(?:\p{Script=Han}{2}化、){2,5}\p{Script=Han}{2}化/gu;

/** Unquoted -化 lists of `text` that overlap no hit and no phrase already found. */
function huaLists(text: string, hits: readonly TermHit[], found: readonly UnexplainedPhrase[]): UnexplainedPhrase[] {
  const taken = [...hits, ...found];
  const lists: UnexplainedPhrase[] = [];
  for (const match of text.matchAll(HUA_LIST)) {
    const start = match.index;
    const end = start + match[0].length;
    if (!taken.some((span) => span.start < end && start < span.end)) lists.push({ text: match[0], start, end, shape: 'enumeration' });
  }
  return lists;
}

/**
 * Quoted short phrases in `text` that overlap no hit, are not in `ordinary` (folded phrases judged
 * to be ordinary quoted words, see exclusions.ts) and are no speech, and that have a slogan shape
 * (see SloganShape). With `isWord` (CC-CEDICT in the background, the lexicon elsewhere), any other
 * Han phrase of 2–12 characters that is not ordinary words is flagged too, as a coinage; a formula
 * of ordinary words (“本地+外地”) is then not flagged. A -化 list is flagged quoted or not (huaLists).
 *
 * @example findUnexplained('落实“四个十大”', []) → [{ text: '四个十大', start: 3, end: 7, shape: 'numbered' }]
 */
export function findUnexplained(
  text: string,
  hits: readonly TermHit[],
  ordinary: ReadonlySet<string> = new Set(),
  isWord?: (word: string) => boolean,
): UnexplainedPhrase[] {
  const found: UnexplainedPhrase[] = [];
  let h = 0; // hits are sorted by start; walk them alongside the quotes
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES.get(text.charAt(i));
    if (close === undefined) continue;
    const end = text.indexOf(close, i + 1);
    if (end < 0 || end - i - 1 > MAX_QUOTED) continue;
    const start = i + 1;
    const open = i;
    i = end; // a closing mark never opens the next quote (matters for ASCII ")
    const phrase = text.slice(start, end);
    if (phrase.includes('\n')) continue;
    while (h < hits.length && hits[h]!.end <= start) h++;
    if (h < hits.length && hits[h]!.start < end) continue; // a glossary term explains it
    const folded = foldPattern(phrase);
    if (ordinary.has(folded)) continue;
    if (SPEECH_BEFORE.test(text.slice(Math.max(0, open - 6), open))) continue;
    if (SENTENCE_MARKS.test(phrase.trim())) continue;
    const shape = isWord ? broadShape(folded, isWord) : sloganShape(folded);
    if (shape) found.push({ text: phrase, start, end, shape });
  }
  return [...found, ...huaLists(text, hits, found)].sort((a, b) => a.start - b.start);
}

/** The shape of a quoted phrase when a dictionary can tell ordinary words from coinages. */
function broadShape(phrase: string, isWord: (word: string) => boolean): SloganShape | undefined {
  const shape = sloganShape(phrase);
  if (shape === 'formula') {
    const parts = phrase.split(/[+×]/u).filter(Boolean);
    const ordinaryParts = parts.length >= 2 && parts.every((part) => HAN_ONLY.test(part) && isOrdinaryPhrase(part, isWord));
    return ordinaryParts ? undefined : shape;
  }
  if (shape === 'enumeration' || shape === 'numbered' || shape === 'campaign') return NAME_ENDING.test(phrase) ? undefined : shape;
  if (!HAN_ONLY.test(phrase) || isOrdinaryPhrase(phrase, isWord)) return undefined;
  if (DESCRIPTIVE.test(phrase) || NAME_ENDING.test(phrase) || FACILITY_ENDING.test(phrase)) return undefined;
  return 'coinage';
}
