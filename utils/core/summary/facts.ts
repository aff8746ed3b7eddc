/**
 * Key facts of an article for the popup: figures with what they measure, dates, places, organisations
 * and people with their titles. Pattern-based and conservative: a missed fact costs less than a wrong one.
 */
import { PLACES } from './gazetteer';

export type FactKind = 'money' | 'figure' | 'date' | 'place' | 'organisation' | 'person';

export interface Fact {
  kind: FactKind;
  /** The fact as written: 12.6亿元, 2月6日, 炎陵高新区, 市长陈恢清. */
  text: string;
  /** For money and figures: what is counted (总投资额, 用地面积, 就业岗位); for people: the name. */
  label?: string;
  /** For people: the title (市长). */
  title?: string;
}

/**
 * What a fact is, as the popup and the CLI label it: money spent on a project is 投资, other money 金额.
 */
export type FactCategory = 'investment' | 'money' | 'figure' | 'date' | 'place' | 'organisation' | 'person';

/** The Chinese label of each category (the CLI prints it; the popup uses its own UI strings). */
export const FACT_TAGS_ZH: Readonly<Record<FactCategory, string>> = {
  investment: '投资',
  money: '金额',
  figure: '数量',
  date: '日期',
  place: '地点',
  organisation: '机构',
  person: '人物',
};

export function factCategory(fact: Fact): FactCategory {
  if (fact.kind === 'money') return /投资|投入|出资/.test(fact.label ?? '') ? 'investment' : 'money';
  return fact.kind;
}

/** Longest unit first, so 万平方米 is not read as 万 + 平方米 … */
const MONEY_UNITS = '(?:万亿|亿|千万|百万|万|千)?(?:元|美元|欧元|港元|日元|英镑)|(?:万亿|亿)(?![\\p{Script=Han}])';
const COUNT_UNITS =
  '(?:万|亿)?(?:平方米|平方公里|公顷|亩|公里|千米|米|吨|千瓦时|千瓦|兆瓦|个月|个|家|人次|人|名|位|天|小时|分钟|年|条|台|套|辆|座|栋|间|户|项|所|场|次|件|种|批|倍|%|％|岁|架|艘|部|块|株|头)';
const NUMBER = '(?:约|近|超过?|逾|仅|达|共)?(\\d+(?:\\.\\d+)?\\s?(?:余|多)?)';
const MONEY = new RegExp(`${NUMBER}(${MONEY_UNITS})`, 'gu');
const COUNT = new RegExp(`${NUMBER}(${COUNT_UNITS})`, 'gu');
const DATE = /(\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?|\d{1,2}月\d{1,2}日)/gu;

/** Words that end the phrase naming what a figure counts: it starts after them. */
const LABEL_BREAK = /.*(?:[，,。；;：:、（）()“”\s]|的|由|在|和|与|及|为|对|于|是|了|将|把|从|向|共|总计|累计|达到?|突破|超过|约|仅|计划|预计|其中)/u;
/** Characters left at the end of a label by 可达, 将达, 约为. */
const LABEL_TAIL = /(?:可|将|已|约|为|达|是|共|计|于)+$/u;
/** Characters that cannot start a label (verbs and particles left at its edge). */
const LABEL_TRIM = /^(?:已|并|还|也|就|都|又|可|能|再|更|被|让|使)+/u;

/**
 * Titles before a name, longest first. The leading 市 / 区 / 县 stays part of the title (市长, 区委书记).
 * Source: the seed front page (市委书记曹慧泉, 市长陈恢清, 党工委副书记曾寿仁, 院长池天河).
 */
const TITLES = [
  '市委副书记', '市委书记', '市委常委', '区委书记', '县委书记', '区委副书记', '县委副书记', '党工委副书记', '党工委书记',
  '党委副书记', '党委书记', '常务副市长', '副市长', '市长', '副区长', '区长', '副县长', '县长', '副镇长', '镇长',
  '总书记', '副书记', '书记', '副主任', '主任', '秘书长', '副院长', '院长', '副局长', '局长', '副部长', '部长',
  '副主席', '主席', '董事长', '总经理', '副总经理', '总裁', '校长', '副校长', '所长', '主任医师', '教授', '院士',
  '负责人', '总工程师', '村支书', '支书', '店主', '老板',
].sort((a, b) => b.length - a.length);
/** What usually follows a name after a title, so a 3-character guess does not eat it (陈恢清主持 ≠ 陈恢清主). */
const AFTER_NAME =
  /^(?:主持|参加|出席|强调|指出|表示|说|介绍|认为|要求|带队|调研|走访|看望|慰问|会见|会同|率|到|在|对|向|与|和|及|等|一行|同志|讲话|宣布|作|听取|来|赴|是|也|就|时|[\p{P}\s]|$)/u;
/** Common surnames (and the compound 欧阳): a name after a title must start with one. */
const SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤聂阳尚兰池凌易文伍颜欧左柳鲁葛',
]);

/** Suffixes that name an organisation by themselves (…有限公司, …研究院). */
const NAMED_SUFFIX =
  '股份有限公司|有限责任公司|有限公司|公司|集团|研究院|研究所|研究会|大学|学院|医院|银行|协会|商会|联合会';
/**
 * Suffixes that also end ordinary words (服务中心大局, 良好开局, 地方政府): these count only when the name
 * starts with a place or an administrative level (市教育局, 株洲高新区管委会, 市纪委).
 */
const GENERIC_SUFFIX = '委员会|常委会|管委会|工商联|中心|办公室|监委|纪委|组织部|宣传部|统战部|政府|学校|中学|小学|局|厅';
const ORG = new RegExp(`[\\p{Script=Han}A-Za-z0-9]{1,16}?(?:${NAMED_SUFFIX}|${GENERIC_SUFFIX})(?!\\p{Script=Han}{0,1}[面势部长])`, 'gu');
const NAMED = new RegExp(`(?:${NAMED_SUFFIX})$`, 'u');
/** A company's legal form alone (控股股份有限公司, 有限公司): the end of the name before it. */
const LEGAL_FORM = /^(?:控股|股份|集团)*(?:股份有限公司|有限责任公司|有限公司|公司)$/u;
const LEVEL = /^(?:市|省|区|县|镇|国家|中央|国务院|全国)/u;
/** Place suffixes, not followed by what makes 市 into 市场, 区 into 区委 … */
const PLACE_SUFFIX = /(?:高新区|经开区|示范区|开发区|新区|省|市|区|县|镇|乡|街道|村)(?![委长场民政级内域划属直辖城村])/gu;
/** What may stand before a place name: the start, punctuation, 在/到/于/赴/从/自/和/与…, or where it lies (东接, 南邻, 西抵). */
const PLACE_BEFORE = /[\p{P}\s在到于赴从自和与及至向的接邻抵靠临]/u;
/** The home city: every article names it, so listing it says nothing. */
const HOME = new Set(['株洲', '株洲市']);
/**
 * Suffix matches that are common words or verb phrases, not names: 全市, 该区, 城区, 社区, 农村, and the
 * 推动全市 / 压实县 / 依法治市 of policy prose. A real name rarely holds these characters.
 */
const NOT_PLACE =
  /^(?:全|该|本|各|城|市|辖|我|新|一|两|三|多|社|农|乡|山|景|园|小|老|地|街|郊|灾|矿|厂|校|省|县|区|镇|村|来自|[东南西北][接邻抵靠临至])|[的了在和与是对为把向从到等推动实管研究筹好依法治抓突出提升强建设发展加快统会议分要进入让使被有]/u;

/**
 * Common nouns and phrases that end in a place suffix (今年地区, 完成率全市, 上山下乡, 通过引老乡): the 2–4
 * characters before 区/市/省/乡 are a word of prose, not a name. Names in the gazetteer are matched first.
 */
const NOT_PLACE_END =
  /(?:地区|社区|城区|园区|景区|片区|辖区|山区|矿区|小区|街区|校区|灾区|林区|库区|老区|郊区|市区|全区|全市|全省|全县|全乡|全镇|全村|本市|本省|各市|各省|城市|都市|乡村|下乡|老乡|家乡|故乡|城乡|返乡|回乡|同乡|异乡|他乡)$/u;
/** Words no place name holds: time words, pronouns, verbs and numerals of prose (服务三市, 她以占全省). */
const NOT_PLACE_WORD = /今年|去年|明年|她|他|它|我|你|服务|通过|完成|率|以|占|引|[一二三四五六七八九十两百千万]/u;

/** A place found by the rules, with up to three characters before it: what a dictionary is asked about it. */
export interface PlaceQuery {
  name: string;
  before: string;
}

export interface FactOptions {
  /**
   * A dictionary's word on a place found by the rules: false when the phrase is a common word (上山下乡 "to go
   * to the countryside") or the tail of a longer word (然保护区 in 自然保护区), true when it names a place,
   * undefined when the dictionary does not know it. The CLI passes CC-CEDICT; the popup passes the background's
   * answers for placeQueries(), where CC-CEDICT lives (dictionary-places.ts).
   */
  isPlace?: (query: PlaceQuery) => boolean | undefined;
}

/**
 * The key facts of a text, each once, figures first (in the order they appear), then dates, places,
 * organisations and people.
 *
 * @example extractFacts('总投资额12.6亿元，从洽谈到签约仅用时9天') →
 *   [{ kind: 'money', text: '12.6亿元', label: '总投资额' }, { kind: 'figure', text: '9天', label: '从洽谈到签约仅用时' }]
 */
export function extractFacts(texts: readonly string[], options: FactOptions = {}): Fact[] {
  const facts: Fact[] = [];
  const seen = new Set<string>();
  const add = (fact: Fact) => {
    const key = `${fact.kind}:${fact.text}`;
    if (seen.has(key)) return;
    seen.add(key);
    facts.push(fact);
  };
  for (const text of texts) for (const fact of figures(text)) add(fact);
  for (const text of texts) for (const m of text.matchAll(DATE)) add({ kind: 'date', text: m[1]! });
  for (const text of texts) for (const place of places(text)) if (options.isPlace?.(place) !== false) add({ kind: 'place', text: place.name });
  for (const text of texts) for (const org of organisations(text)) add({ kind: 'organisation', text: org });
  for (const text of texts) for (const person of people(text)) add(person);
  return facts.filter((fact) => !facts.some((other) => other !== fact && other.kind === fact.kind && longerFormOf(other.text, fact)));
}

/**
 * Whether `longer` names the same place or organisation as the fact in full: 郴州市 for 郴州, 炎陵县 for
 * 炎陵, 郴州市商务局 for 市商务局. The chips list each once, by its full name.
 */
function longerFormOf(longer: string, fact: Fact): boolean {
  if (fact.kind === 'place') return /^(?:省|市|县|区|镇|乡)$/u.test(longer.slice(fact.text.length)) && longer.startsWith(fact.text);
  return fact.kind === 'organisation' && LEVEL.test(fact.text) && longer.length > fact.text.length && longer.endsWith(fact.text);
}

/** Money amounts and counted figures, each with the phrase before it (or the noun after it). */
function figures(text: string): Fact[] {
  const found: { at: number; fact: Fact }[] = [];
  const taken: [number, number][] = [];
  for (const [pattern, kind] of [
    [MONEY, 'money'],
    [COUNT, 'figure'],
  ] as const) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // A year (2025年) is a date, not a figure; so is the 年 of 2023年至2024年.
      if (kind === 'figure' && m[2] === '年' && /^\d{4}/.test(m[1]!)) continue;
      taken.push([start, end]);
      const value = `${m[1]!.replace(/\s/g, '')}${m[2]}`;
      found.push({ at: start, fact: { kind, text: value, label: labelOf(text, start, end) } });
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ fact }) => fact);
}

/**
 * What a figure counts: the phrase before it back to a break (新增就业岗位150个 → 新增就业岗位), else the
 * noun after a counted figure (38个市场 → 市场).
 */
function labelOf(text: string, start: number, end: number): string | undefined {
  const before = text
    .slice(Math.max(0, start - 12), start)
    .replace(/^.*\d+[年月日号]/u, '')
    .replace(LABEL_BREAK, '')
    .replace(LABEL_TRIM, '')
    .replace(LABEL_TAIL, '');
  if (before.length >= 2) return before;
  const after = text.slice(end).match(/^\p{Script=Han}{2}/u);
  return after && /[个家座条所项名位]$/.test(text.slice(start, end)) ? after[0] : undefined;
}

/** Every place the rules find in `texts`, each once, with what stands before it: what the popup asks the background about. */
export function placeQueries(texts: readonly string[]): PlaceQuery[] {
  const seen = new Set<string>();
  return texts.flatMap(places).filter((query) => {
    const key = `${query.before}|${query.name}`;
    return !seen.has(key) && seen.add(key);
  });
}

function places(text: string): PlaceQuery[] {
  const found: { at: number; name: string }[] = [];
  const covered: [number, number][] = [];
  // Gazetteer first, longest names first, so 炎陵高新区 wins over 炎陵.
  for (const name of [...PLACES].sort((a, b) => b.length - a.length)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (covered.some(([a, b]) => at < b && at + name.length > a)) continue;
      covered.push([at, at + name.length]);
      found.push({ at, name });
    }
  }
  for (const m of text.matchAll(PLACE_SUFFIX)) {
    const end = m.index + m[0].length;
    // The longest name of 2–4 characters before the suffix that starts after a boundary.
    for (let length = 4; length >= 2; length--) {
      const at = m.index - length;
      const name = text.slice(at, end);
      if (at < 0 || !/^\p{Script=Han}+$/u.test(name) || NOT_PLACE.test(name)) continue;
      if (NOT_PLACE_END.test(name) || NOT_PLACE_WORD.test(name)) continue;
      if (at > 0 && !PLACE_BEFORE.test(text.charAt(at - 1))) continue;
      // A suffix name that extends a gazetteer name (湘潭 → 湘潭市) replaces it.
      const inside = found.findIndex((f) => f.at === at && f.at + f.name.length < end);
      if (inside >= 0) found.splice(inside, 1);
      else if (covered.some(([a, b]) => at < b && end > a)) break;
      covered.push([at, end]);
      found.push({ at, name });
      break;
    }
  }
  return found
    .sort((a, b) => a.at - b.at)
    .filter(({ name }) => !HOME.has(name))
    .map(({ at, name }) => ({ name, before: text.slice(Math.max(0, at - 3), at) }));
}

function organisations(text: string): string[] {
  const found: { start: number; end: number; name: string }[] = [];
  for (const m of text.matchAll(ORG)) {
    let name = m[0];
    // Start after the last break inside the match (到株洲北斗时空信息研究院 → 株洲北斗…).
    name = name.replace(/^.*(?:[的了在和与是对为把向从到由将等及、]|成立|出资|落户|签约|走访|参加|召开|看望|举行|发布|通过|研究(?![所院会中])|邀请|会见|来自|支持|携手|引进|依托|着力|促进(?!会)|以)/u, '');
    const start = m.index + m[0].length - name.length;
    const end = m.index + m[0].length;
    // A branch right after its parent is one name: 北京汽车股份有限公司株洲分公司, not 株洲分公司; so is a
    // legal form after a group or an institute: 株洲联诚集团控股股份有限公司, …研究所有限公司.
    const parent = found.at(-1);
    if (parent && parent.end === start && (/^(?:\p{Script=Han}{0,6})(?:分公司|子公司|分行|支行|分院|分局|分校)$/u.test(name) || LEGAL_FORM.test(name))) {
      parent.name += name;
      parent.end = end;
      continue;
    }
    // A legal form with no name before it (有限公司) names nobody.
    if (LEGAL_FORM.test(name)) continue;
    // A year or a figure inside is prose around a name (湘潭市2025年政府工作报告), not a name.
    if (/\d/.test(name) && !NAMED.test(name)) continue;
    const place = PLACES.some((p) => name.startsWith(p));
    const named = NAMED.test(name) && name.length >= 4;
    if (!named && !place && !LEVEL.test(name)) continue;
    if (name.length < 3) continue;
    // A branch alone (株洲分公司) without its company is not reported.
    if (/^\p{Script=Han}{2,4}(?:分公司|子公司|分行|支行)$/u.test(name) && PLACES.some((p) => name.startsWith(p))) continue;
    found.push({ start, end, name });
  }
  return found.map(({ name }) => name);
}

function people(text: string): Fact[] {
  const out: Fact[] = [];
  for (let i = 0; i < text.length; i++) {
    const title = TITLES.find((t) => text.startsWith(t, i));
    if (!title) continue;
    const at = i + title.length;
    const name = nameAt(text, at);
    if (name) out.push({ kind: 'person', text: title + name, title, label: name });
    i = at - 1;
  }
  return out;
}

/** A 2- or 3-character name at `at`: the surname must be known and the name must end at a boundary. */
function nameAt(text: string, at: number): string | undefined {
  const compound = text.startsWith('欧阳', at) || text.startsWith('司马', at) || text.startsWith('上官', at);
  if (!compound && !SURNAMES.has(text.charAt(at))) return undefined;
  for (const length of compound ? [4, 3] : [3, 2]) {
    const name = text.slice(at, at + length);
    if (!/^\p{Script=Han}+$/u.test(name) || name.length !== length) continue;
    if (AFTER_NAME.test(text.slice(at + length))) return name;
  }
  return undefined;
}
