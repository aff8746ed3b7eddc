import type { Dictionary } from '../dictionary/dictionary';
import type { WordDictionary } from '../pinyin/dictionary';
import { lexiconSpans } from '../pinyin/segment';
import { lexiconEntry } from '../pinyin/lexicon';
import { isHan } from '../text/han';
import { LOCAL_WORDS } from './local-words';
import { personNames } from './person-names';

/** What a unit of text is, for the card and the CLI. */
export type UnitKind = 'word' | 'name' | 'place' | 'term' | 'char' | 'other';

export interface WordUnit {
  start: number;
  end: number;
  text: string;
  kind: UnitKind;
  /** Set on a piece of a unit no dictionary explains (word-lookup.ts cuts it): that unit's text. */
  cutFrom?: string;
}

export interface SegmenterSources {
  /** CC-CEDICT: every headword is a candidate word, weighed by its frequency. */
  dictionary?: Dictionary;
  /** ZhuDu's word dictionary (pinyin data): costs of words and of single characters. */
  words: WordDictionary;
  /** Spans that are one unit whatever the dictionaries say (numbered slogans of the glossary: 七大攻坚). */
  units?: (text: string) => { start: number; end: number }[];
}

/**
 * A CEDICT word that no frequency list knows: rarer than a common word, commoner than a run of rare
 * characters. Tuned against the gold's fixture half only (tests/real-news/words).
 */
const UNLISTED_WORD_COST = 11;
/** Each character past two costs this much: long CEDICT compounds (市场监管局) give way to their words. */
const LENGTH_COST = 3;
/** The longest headword tried, in UTF-16 units (CEDICT's longest useful entries are idioms and names). */
const MAX_WORD = 12;

const NUMERALS = '零〇一二两三四五六七八九十百千万亿几多';
/** Local words (local-words.ts) weigh as a fairly common word. */
const LOCAL_WORD_COST = 7;
/** Measure words and units: a numeral and its measure word are two units to a learner (一 个, 两 期, 万 平方米). */
const MEASURES = new Set([
  ...'个期年家批派款部条台次位名项天月日号种片块件只张座所场届轮类层道份支根股点头口栋辆架艘篇段句首册本元周季岁倍楼',
  '季度', '平方米', '平方公里', '公里', '公斤', '千米', '小时', '分钟', '亩', '吨',
]);
/** Amounts written with 万/亿 are one unit after a number (12.6亿元, 3000万元). */
const AMOUNT_UNITS = new Set(['万元', '亿元', '千元', '百元', '万人', '亿人']);

/**
 * Two-character candidates that are a word plus a particle or a verb's complement: the particle is a
 * word of its own to a learner (忙 着, 发 给, 没 了, 更 是), except in the words listed here.
 */
const PARTICLE_ENDS = '着了给是';
const WITH_PARTICLE = new Set([
  '为了', '除了', '罢了', '随着', '沿着', '接着', '朝着', '顺着', '向着', '本着', '供给', '自给',
  '还是', '只是', '就是', '但是', '于是', '总是', '正是', '可是', '要是', '凡是', '或是', '倒是', '硬是', '便是', '即是', '乃是', '若是', '老是', '像是', '而是', '真是', '算是', '实是',
]);

function isWordAndParticle(word: string): boolean {
  return word.length === 2 && PARTICLE_ENDS.includes(word.charAt(1)) && !WITH_PARTICLE.has(word);
}

/** Whether a candidate is a numeral with its measure word (第一批, 一季度, 两期): not one word to a learner. */
function isNumberAndMeasure(word: string): boolean {
  if (AMOUNT_UNITS.has(word)) return false;
  // 副 before a title is its own word too (副 书记, 副 主席).
  if (word.length === 3 && word.startsWith('副')) return true;
  let at = word.startsWith('第') ? 1 : 0;
  const digitsStart = at;
  while (at < word.length && NUMERALS.includes(word.charAt(at))) at++;
  return at > digitsStart && at < word.length && MEASURES.has(word.slice(at));
}

const LOCAL: ReadonlySet<string> = new Set(Object.keys(LOCAL_WORDS));
const LOCAL_LONGEST = Math.max(...[...LOCAL].map((word) => word.length));

/**
 * Lexicon entries that stand as one unit: place names (炎陵县, 株洲市 with its suffix), not a place
 * joined to a further word (株洲 | 高新区), nor the policy phrases the lexicon holds for their
 * readings (应急处突 is 应急 | 处突 to a learner).
 */
function isPlaceUnit(word: string): boolean {
  const entry = lexiconEntry(word);
  if (!entry?.name) return false;
  for (let cut = 1; cut < word.length - 1; cut++) if (lexiconEntry(word.slice(0, cut))?.name && word.length - cut >= 2) return false;
  return true;
}

/**
 * Cuts text into the units a reader looks up: maximum-probability segmentation over the union of
 * CC-CEDICT (weighed by word frequency), ZhuDu's word data, the Zhuzhou/Hunan lexicon, personal
 * names after titles and in bylines, and numbered slogans; runs without Han characters stay whole
 * (numbers, Latin words) or one character each (punctuation).
 *
 * @example segment('络绎不绝的游客') → 络绎不绝 | 的 | 游客
 */
export function createSegmenter(sources: SegmenterSources): (text: string) => WordUnit[] {
  const { dictionary, words } = sources;

  /** A word a name cannot hide: a listed word commoner than most given names (罗志高 holds none, 陈正明 holds 正明?). */
  const frequencyOf = (word: string) => dictionary?.matchWords(word, 0, word.length).find((match) => match.length === word.length)?.cost;
  const commonWord = (word: string) => {
    const frequency = frequencyOf(word);
    return (frequency !== undefined && frequency < 7) || (words.cost(word) ?? Infinity) < 6;
  };
  /** Any word a frequency list knows (市场 7.6): enough to take a suffix character back from a place. */
  const listedWord = (word: string) => frequencyOf(word) !== undefined || words.cost(word) !== undefined;
  /**
   * A place with the suffix that belongs to it (湖南省, 石峰山), but never the first character of a
   * common word after it: 芦淞 | 市场, 株洲 | 市场 (the lexicon's 株洲市 gives way too).
   */
  const placeSpan = (text: string, span: { start: number; end: number }): { start: number; end: number; kind: UnitKind } => {
    let end = span.end;
    if (PLACE_SUFFIXES.includes(text.charAt(end)) && !lexiconEntry(text.slice(span.start, end + 1))) end++;
    if (end - span.start > 2 && end < text.length && PLACE_SUFFIXES.includes(text.charAt(end - 1)) && listedWord(text.slice(end - 1, end + 1))) end--;
    return { start: span.start, end, kind: 'place' };
  };
  const wordCost = (text: string, at: number, length: number, cedict: number | undefined): number => {
    const own = words.cost(text.slice(at, at + length));
    const base = own !== undefined && cedict !== undefined ? Math.min(own, cedict) : (own ?? cedict ?? UNLISTED_WORD_COST);
    return base + LENGTH_COST * (length - 2);
  };

  /** Best path over text[from, to) of Han text: edges from both dictionaries, single characters always. */
  const segmentHan = (text: string, from: number, to: number, out: WordUnit[]) => {
    const n = to - from;
    const cost = new Float64Array(n + 1).fill(Infinity);
    const back = new Int32Array(n + 1);
    cost[0] = 0;
    for (let i = 0; i < n; i++) {
      if (cost[i] === Infinity) continue;
      const at = from + i;
      const codePoint = text.codePointAt(at)!;
      const single = codePoint > 0xffff ? 2 : 1;
      const relax = (length: number, edge: number) => {
        if (i + length > n) return;
        if (cost[i]! + edge < cost[i + length]!) {
          cost[i + length] = cost[i]! + edge;
          back[i + length] = i;
        }
      };
      relax(single, words.charCost(String.fromCodePoint(codePoint)));
      const seen = new Set<number>();
      for (const { length, cost: frequency } of dictionary?.matchWords(text, at, Math.min(MAX_WORD, n - i)) ?? []) {
        if (length <= single) continue;
        seen.add(length);
        const word = text.slice(at, at + length);
        if (!isNumberAndMeasure(word) && !isWordAndParticle(word)) relax(length, wordCost(text, at, length, frequency));
      }
      for (let length = 2; length <= Math.min(LOCAL_LONGEST, n - i); length++) {
        if (!seen.has(length) && LOCAL.has(text.slice(at, at + length))) {
          seen.add(length);
          relax(length, LOCAL_WORD_COST);
        }
      }
      // ZhuDu's own words (the pinyin data's) that CEDICT lacks.
      const longest = Math.min(words.longestFrom(text.slice(at, at + 2)), n - i);
      for (let length = 2; length <= longest; length++) {
        if (seen.has(length)) continue;
        const own = words.cost(text.slice(at, at + length));
        const word = text.slice(at, at + length);
        if (own !== undefined && !isNumberAndMeasure(word) && !isWordAndParticle(word)) relax(length, own);
      }
    }
    const cuts: number[] = [];
    for (let end = n; end > 0; end = back[end]!) cuts.push(end);
    let start = 0;
    for (const end of cuts.reverse()) {
      const piece = text.slice(from + start, from + end);
      out.push({ start: from + start, end: from + end, text: piece, kind: kindOf(piece, dictionary) });
      start = end;
    }
  };

  /** A run without forced units: Han stretches go to the lattice, the rest is cut by character class. */
  const segmentRun = (text: string, from: number, to: number, out: WordUnit[]) => {
    let at = from;
    while (at < to) {
      const codePoint = text.codePointAt(at)!;
      const char = String.fromCodePoint(codePoint);
      if (isHan(char)) {
        let end = at;
        while (end < to && isHan(String.fromCodePoint(text.codePointAt(end)!))) end += text.codePointAt(end)! > 0xffff ? 2 : 1;
        segmentHan(text, at, end, out);
        at = end;
        continue;
      }
      const run = /^(?:[0-9０-９]+(?:[.,][0-9０-９]+)*|[A-Za-zＡ-Ｚａ-ｚ]+)/.exec(text.slice(at, to));
      const end = run ? at + run[0].length : at + char.length;
      out.push({ start: at, end, text: text.slice(at, end), kind: 'other' });
      at = end;
    }
  };

  return (text) => {
    const forced = [
      ...lexiconSpans(text).filter((span) => isPlaceUnit(span.text)).map((span) => placeSpan(text, span)),
      ...personNames(text, commonWord).map((span) => ({ ...span, kind: 'name' as UnitKind })),
      ...(sources.units?.(text) ?? []).map((span) => ({ ...span, kind: 'term' as UnitKind })),
    ].sort((a, b) => a.start - b.start || b.end - a.end);
    const out: WordUnit[] = [];
    let at = 0;
    for (const span of forced) {
      if (span.start < at) continue; // overlapping: the earlier (or longer) one stands
      segmentRun(text, at, span.start, out);
      out.push({ start: span.start, end: span.end, text: text.slice(span.start, span.end), kind: span.kind });
      at = span.end;
    }
    segmentRun(text, at, text.length, out);
    return out;
  };
}

/** Administrative and natural suffixes that belong to the place before them (湖南省, 石峰山). */
const PLACE_SUFFIXES = '省市县区镇乡村山江湖';


/** A piece of Han text as the dictionary knows it: a place, a person's name, a word, or a character. */
function kindOf(piece: string, dictionary: Dictionary | undefined): UnitKind {
  if (piece.length === 1 || (piece.length === 2 && piece.codePointAt(0)! > 0xffff)) return 'char';
  // Kinds, not entries: segmentation must not need an entry's details (split dictionary files).
  const entries = dictionary?.kinds(piece) ?? [];
  if (entries.length > 0 && entries.every((entry) => entry.proper)) {
    if (entries.some((entry) => entry.labels.includes('place'))) return 'place';
    if (entries.some((entry) => entry.labels.includes('name'))) return 'name';
  }
  return 'word';
}

