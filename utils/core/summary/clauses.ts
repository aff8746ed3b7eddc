/**
 * Clauses: the pieces a sentence can lose when a summary must be shorter than the sentences it picked.
 * A clause ends at ，；： (not at 、, which joins the items of one list).
 */

export interface Clause {
  text: string;
  /** Scene-setting that a summary can do without: a bare date or time, a source, a purpose. */
  context: boolean;
}

const CLAUSE = /[^，,；;：:—]+(?:[，,；;：:—]+|$)/g;

/** A bare time: 2月6日， / 当地时间11月21日， / 9日上午8时， / 去年8月， / 近日， / 今年以来， */
const TIME =
  /^(?:当地时间)?(?=[^，,]*\d|去年|今年|明年|前年)(?:去年|今年|明年|前年|\d{2,4}年)?(?:\d{1,2}月(?:份|初|中旬|下旬|底)?)?(?:\d{1,2}日)?(?:上午|下午|晚上|晚间|早上|凌晨|中午|傍晚|晚)?(?:\d{1,2}[时点](?:\d{1,2}分)?)?(?:许|左右|前后)?[，,]$|^(?:今天|昨天|昨日|今日|近日|日前|前晚|昨晚|上午|下午|晚间|目前|近年来|今年以来|去年以来|近期|此前|当前|与此同时)[^，,]{0,4}[，,]$/;
/** Where the news came from: 据日本经济新闻报道， / 记者从市发改委获悉， */
const SOURCE = /^据.{0,24}(?:报道|消息|介绍|了解|统计|显示)[，,]$|^(?:记者|笔者).{0,12}(?:获悉|了解到|注意到)[，,]$/;
/** Purpose: 为全面落实……的批复要求， */
const PURPOSE = /^为了?.{4,40}[，,]$/;
/** Short asides in brackets: （双子星股份有限公司）, （宋佳饰）, （图）. */
const ASIDE = /[（(][^（）()]{0,40}[）)]/g;

export function splitClauses(sentence: string): Clause[] {
  return (sentence.match(CLAUSE) ?? []).map((text) => ({ text, context: isContext(text) }));
}

export function isContext(clause: string): boolean {
  return TIME.test(clause) || SOURCE.test(clause) || PURPOSE.test(clause);
}

/** The sentence without bracketed asides, unless that would leave nothing. */
export function withoutAsides(sentence: string): string {
  const stripped = sentence.replace(ASIDE, '');
  return stripped.trim() ? stripped : sentence;
}
