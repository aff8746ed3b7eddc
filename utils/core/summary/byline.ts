/**
 * Datelines, bylines and credits of Chinese local news (shared/research/zznews-site.md §6):
 *
 *   株洲日报讯（全媒体记者/黎世伟 通讯员/尹铭哲 凌晨）　炎陵县……     dateline opening the first paragraph
 *   株洲日报全媒体记者/潘东晓                                      byline paragraph of a feature
 *   芦淞市场群开市第一天……。　记者/杨凌凌 摄                        photo caption with its credit
 *   [责任编辑：周敏]   来源：株洲日报   策划/株洲日报编辑传播部 李支国   furniture lines
 *
 * They are facts about the article, not its content, so they are parsed out before summarising.
 * Full- and half-width brackets, slashes and colons are accepted alike.
 */

export interface Byline {
  reporters: string[];
  correspondents: string[];
  /** As written: 2月8日 from 新华社长沙2月8日电, 2025-02-10 from a 发布时间 line. */
  date?: string;
  /** The outlet: 株洲日报 from 株洲日报讯, or a 来源 line. */
  source?: string;
  editor?: string;
  photographers: string[];
}

export interface BylineResult {
  byline: Byline;
  /** The paragraphs without datelines, credit lines and photo captions; body text is kept verbatim. */
  paragraphs: string[];
}

const SPACE = '[\\s\\u3000]';
const OPEN = '[（(]';
const CLOSE = '[）)]';
const SLASH = '[/／]';
const COLON = '[:：]';

/**
 * 株洲日报讯（…） / 红网时刻新闻4月18日讯（…） / 新华社长沙2月8日电（记者 张三） / 中新网株洲11月30日电 at the start
 * of a paragraph. The date may stand before 讯 as well as before 电 (a copy may have lost its 月: 328日讯).
 */
const DATELINE = new RegExp(
  `^${SPACE}*([\\p{Script=Han}A-Za-z·]{2,16}?)(\\d{1,2}月\\d{1,2}日|\\d{3,4}日)?(讯|电)(?:${OPEN}([^（）()]{0,80})${CLOSE})?${SPACE}*`,
  'u',
);
/** Outlets whose 讯 is a dateline; anything ending in 报, 网, 社, 台 also counts. */
const OUTLET = /(?:报|网|社|台|电视|新闻|融媒体中心|客户端|联播)$/;

/** Role labels inside a credit, longest first so 全媒体记者 wins over 记者. */
const ROLES: [RegExp, keyof Pick<Byline, 'reporters' | 'correspondents' | 'photographers'> | 'editor' | 'skip'][] = [
  [/^(?:[\p{Script=Han}]{2,6}?(?:日报|晚报|新闻网|网|新闻|客户端))?(?:全媒体|融媒体|见习|首席|本报|特约)?记者$/u, 'reporters'],
  [/^实习生$/, 'reporters'],
  [/^文$/, 'reporters'],
  [/^通讯员$/, 'correspondents'],
  [/^(?:摄影|图|摄)$/, 'photographers'],
  [/^(?:责任编辑|编辑|责编|校对|审核)$/, 'editor'],
  [/^(?:策划|统筹|执行|设计|制图|出品|监制)$/, 'skip'],
];
const ROLE_WORDS =
  '(?:[\\p{Script=Han}]{2,6}?(?:日报|晚报|新闻网|网|新闻|客户端))?(?:全媒体|融媒体|见习|首席|本报|特约)?记者|实习生|通讯员|摄影|责任编辑|编辑|责编|校对|审核|策划|统筹|执行|设计|制图|出品|监制|文(?=[/／])|图(?=[/／])';
/**
 * A role label and its separator: 全媒体记者/ in 全媒体记者/黎世伟 凌晨. Labels start the text or follow a
 * separator, so the 文 of 李文灿 and the 编辑 of 编辑传播部 are not labels.
 */
const ROLE_SPAN = new RegExp(`(?<=^|[\\s\\u3000、，,（(])(${ROLE_WORDS})(?:${SLASH}|${COLON}|${SPACE})*`, 'gu');
/** A person's name: 2–4 Han characters, or a transcribed name with a middle dot (阿依古丽·买买提). */
const NAME = /^\p{Script=Han}{2,4}$|^\p{Script=Han}{1,6}[·・]\p{Script=Han}{1,6}$/u;
const LEADING_ROLE = new RegExp(`^(?:${ROLE_WORDS})${SLASH}`, 'u');
/** A department named in a credit: 株洲日报编辑传播部. */
const UNIT_NAME = /^\p{Script=Han}{2,14}(?:部|社|中心|报|网|组|室|台)$/u;
/** A photo credit closing a caption: 　株洲日报全媒体记者/刘平 摄 */
const PHOTO_CREDIT = new RegExp(`${SPACE}*(?:${OPEN})?((?:${ROLE_WORDS})${SLASH}?${SPACE}*[^。！？]{2,30}?)${SPACE}*摄${CLOSE}?${SPACE}*$`, 'u');
const EDITOR_LINE = new RegExp(`^[\\[【（(]?${SPACE}*(?:责任编辑|编辑|责编)${SPACE}*${COLON}?${SPACE}*(\\p{Script=Han}{2,4})${SPACE}*[\\]】）)]?$`, 'u');
const SOURCE_LINE = new RegExp(`^(?:来源|稿源|来自)${SPACE}*${COLON}${SPACE}*(\\S.{0,30}?)${SPACE}*$`, 'u');
const DATE_LINE = new RegExp(
  `^(?:(?:发布|更新)?(?:时间|日期)${SPACE}*${COLON}${SPACE}*)?(\\d{4}(?:-\\d{1,2}-\\d{1,2}|年\\d{1,2}月\\d{1,2}日))(?:${SPACE}+\\d{1,2}:\\d{2}(?::\\d{2})?)?$`,
  'u',
);
/** Keys of a page's meta line: 来源:永州日报 作者:李丽 文佳星 编辑:陈小婷 2025-07-11 09:14:51, [来源:华声在线] [撰稿:万姗姗]. */
const META_KEY = /(来源|稿源|作者|撰稿|记者|通讯员|责任编辑|编辑|责编)[:：]/u;
const META_DATE = /\d{4}-\d{1,2}-\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?/u;
/** A reporter's line of a feature: 红网时刻新闻记者 陈彦兵 株洲报道. */
const REPORTED_FROM = /[\s\u3000]*\p{Script=Han}{0,6}报道$/u;
/** An outlet and its reporters heading a reposted story: 湖南日报 刘笑雪 曹婕妤 吴晓萱. */
const OUTLET_NAMES = /^(\p{Script=Han}{2,10}(?:报|网|社|台|客户端))(?:[\s\u3000]+\p{Script=Han}{2,4})+$/u;
/** A credit in brackets closing the last paragraph: (向宇、实习生杨欣晔), (刘曼), (来源:华声在线 记者 康蒙). */
const CLOSING_CREDIT = /[（(]([^（）()]{2,40})[）)]$/u;
/** Print-edition jumps: ▶▶下转2版, （上接第1版）. */
const PAGE_JUMP = /[▶►→]*[（(]?(?:下转|上接|转)第?\d{1,2}版[）)]?/gu;
/** Lines longer than this are prose, whatever they start with. */
const MAX_CREDIT_LINE = 60;

export function emptyByline(): Byline {
  return { reporters: [], correspondents: [], photographers: [] };
}

/**
 * Finds and removes the dateline, byline, credit, source, editor and date lines of an article.
 *
 * @example
 * parseByline(['株洲日报讯（全媒体记者/黎世伟 通讯员/尹铭哲 凌晨）　炎陵县……'])
 * → byline { source: '株洲日报', reporters: ['黎世伟'], correspondents: ['尹铭哲', '凌晨'], … },
 *   paragraphs ['炎陵县……']
 */
export function parseByline(paragraphs: readonly string[]): BylineResult {
  const byline = emptyByline();
  const kept: string[] = [];
  paragraphs.forEach((raw, index) => {
    let text = raw.replace(PAGE_JUMP, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (!text) return;
    // Datelines open an article, so only the first few paragraphs are looked at.
    if (index < 3) text = takeDateline(text, byline);
    if (!text) return;
    if (takeLine(text, byline)) return;
    const credit = text.match(PHOTO_CREDIT);
    if (credit && credit.index !== undefined) {
      readCredit(credit[1]!, byline, 'photographers');
      // What precedes a photo credit is the caption, not body text.
      return;
    }
    kept.push(text);
  });
  const last = kept.length - 1;
  if (last >= 0) {
    const rest = takeClosingCredit(kept[last]!, byline);
    if (rest) kept[last] = rest;
    else kept.pop();
  }
  return { byline, paragraphs: kept };
}

/** Strips a leading dateline, recording its outlet, date and people. */
function takeDateline(text: string, byline: Byline): string {
  const match = text.match(DATELINE);
  if (!match) return text;
  const [whole, outlet, date, mark, inside] = match;
  if (!outlet) return text;
  // 电 needs its date (新华社长沙2月8日电); 讯 needs an outlet name (红网时刻新闻讯), so 通讯 in prose is left alone.
  if (mark === '电' ? !date : !OUTLET.test(outlet)) return text;
  // 新华社长沙2月8日电: the outlet is 新华社, the place 长沙 is not kept.
  byline.source ??= mark === '电' ? outletOf(outlet) : outlet;
  if (date) byline.date ??= date;
  // Names in the bracket without a label are the reporters: 红网时刻新闻2月1日讯(郭裕房 龙子琳 邹越).
  if (inside) readCredit(inside, byline, 'reporters');
  return takeLeadingCredit(text.slice(whole.length).replace(/^[\s\u3000]+/, ''), byline);
}

/** Credits written after a dateline without brackets: 株洲新闻网讯 文/李文灿 图/王五 正文…… */
function takeLeadingCredit(text: string, byline: Byline): string {
  let rest = text;
  let credit = '';
  for (;;) {
    const label = rest.match(LEADING_ROLE);
    if (!label) break;
    let taken = label[0];
    let after = rest.slice(taken.length);
    // The first name after a label may have four characters, later ones are 2–3 (a 4-character word
    // after a credit is more likely the start of the body).
    const first = after.match(/^(\p{Script=Han}{2,4})(?:[\s\u3000]+|$)/u);
    if (!first) break;
    taken += first[0];
    after = after.slice(first[0].length);
    for (let more = after.match(/^(\p{Script=Han}{2,3})(?:[\s\u3000]+|$)/u); more && !LEADING_ROLE.test(after); ) {
      taken += more[0];
      after = after.slice(more[0].length);
      more = after.match(/^(\p{Script=Han}{2,3})(?:[\s\u3000]+|$)/u);
    }
    credit += `${taken} `;
    rest = after;
  }
  if (credit) readCredit(credit.trim(), byline);
  return rest;
}

function outletOf(text: string): string {
  const outlet = text.match(/^.*?(?:社|报|网|台)/u);
  return outlet ? outlet[0] : text;
}

/** Whether a line is nothing but furniture (an outlet and names, a date, an editor, a source, a credit): what may stand above a headline. */
export const isFurnitureLine = (line: string): boolean => takeLine(line.trim(), emptyByline());

/** A paragraph that is nothing but furniture: editor, source, date or a credit line. */
function takeLine(text: string, byline: Byline): boolean {
  if (text.length > MAX_CREDIT_LINE) return false;
  if (takeMetaLine(text, byline)) return true;
  const outletNames = text.match(OUTLET_NAMES);
  if (outletNames) {
    byline.source ??= outletNames[1];
    addNames(byline.reporters, text.slice(outletNames[1]!.length));
    return true;
  }
  if (REPORTED_FROM.test(text) && /记者/.test(text)) {
    const credit = text.replace(REPORTED_FROM, '');
    if (isCreditLine(credit)) return readCredit(credit, byline), true;
  }
  const editor = text.match(EDITOR_LINE);
  if (editor) {
    byline.editor ??= editor[1];
    return true;
  }
  const source = text.match(SOURCE_LINE);
  if (source) {
    byline.source ??= source[1];
    return true;
  }
  const date = text.match(DATE_LINE);
  if (date) {
    byline.date ??= date[1];
    return true;
  }
  return isCreditLine(text) && (readCredit(text, byline), true);
}

/**
 * A meta line of keyed fields and a date, and nothing else. Names under 作者/撰稿/记者 must all look like names,
 * or the line is left as text.
 */
function takeMetaLine(text: string, byline: Byline): boolean {
  let rest = text.replace(/[[\]【】]/g, ' ');
  const date = rest.match(META_DATE);
  if (date) rest = rest.replace(date[0], ' ');
  const parts = rest.split(new RegExp(META_KEY.source, 'u'));
  if (parts.length < 3 || parts[0]!.trim()) return false;
  const fields: [string, string][] = [];
  for (let k = 1; k < parts.length; k += 2) fields.push([parts[k]!, parts[k + 1]!.trim()]);
  const names = (value: string) => value.split(/[\s\u3000、，,]+/).filter(Boolean);
  const people = fields.filter(([key]) => /作者|撰稿|记者|通讯员/.test(key));
  if (fields.some(([, value]) => !value) || people.some(([, value]) => !names(value).every((n) => NAME.test(n)))) return false;
  if (date) byline.date ??= date[0].split(/[\s\u3000]/)[0];
  for (const [key, value] of fields) {
    if (/来源|稿源/.test(key)) byline.source ??= value;
    else if (key === '通讯员') addNames(byline.correspondents, value);
    else if (/编辑|责编/.test(key)) byline.editor ??= names(value)[0];
    // 作者 lists everyone again, correspondents included: they stay correspondents.
    else addNames(byline.reporters, names(value).filter((n) => !byline.correspondents.includes(n)).join(' '));
  }
  return true;
}

/** Takes a closing bracket of credits off the last paragraph; returns what is left of it. */
function takeClosingCredit(text: string, byline: Byline): string {
  const match = text.match(CLOSING_CREDIT);
  if (!match) return text;
  let inside = match[1]!;
  const source = inside.match(/^(?:来源|稿源)[:：][\s\u3000]*(\S+)/u);
  if (source) inside = inside.slice(source[0].length);
  const found = emptyByline();
  let role: 'reporters' | 'correspondents' | 'photographers' = 'reporters';
  for (const token of inside.split(/[\s\u3000、，,]+/).filter(Boolean)) {
    const label = token.match(new RegExp(`^(${ROLE_WORDS})${SLASH}?`, 'u'));
    const labelled = label ? roleOf(label[1]!) : undefined;
    if (labelled === 'editor' || labelled === 'skip') return text;
    if (labelled) role = labelled;
    const name = label ? token.slice(label[0].length) : token;
    if (!name) continue;
    if (!NAME.test(name) || !/^\p{Script=Han}/u.test(name)) return text;
    addNames(found[role], name);
  }
  if (found.reporters.length + found.correspondents.length + found.photographers.length === 0) return text;
  if (source) byline.source ??= source[1];
  for (const key of ['reporters', 'correspondents', 'photographers'] as const) addNames(byline[key], found[key].join(' '));
  return text.slice(0, match.index).replace(/[\s\u3000]+$/, '');
}

/** True when the text is role labels and names only: 株洲日报全媒体记者/潘东晓, 策划/… 李支国 盛荣 */
function isCreditLine(text: string): boolean {
  const spans = [...text.matchAll(ROLE_SPAN)];
  if (spans.length === 0 || spans[0]!.index !== 0) return false;
  const rest = text.replace(ROLE_SPAN, ' ').split(/[\s\u3000、，,]+/).filter(Boolean);
  // Every leftover token is a name, or (after 策划/) a department.
  return rest.length > 0 && rest.every((token) => NAME.test(token) || UNIT_NAME.test(token));
}

/**
 * Reads `role/name name role/name …` into the byline. Without a role label the names go to `fallback`
 * (a caption credit may say just 杨凌凌 摄).
 */
function readCredit(text: string, byline: Byline, fallback?: 'photographers' | 'reporters'): void {
  const spans = [...text.matchAll(ROLE_SPAN)];
  const source = text.match(/^\p{Script=Han}{2,6}?(?:日报|晚报|新闻网|时刻新闻)(?=[\p{Script=Han}]{0,4}记者)/u);
  if (source) byline.source ??= source[0];
  if (spans.length === 0) {
    if (fallback) addNames(byline[fallback], text);
    return;
  }
  spans.forEach((span, k) => {
    const start = span.index! + span[0].length;
    const end = spans[k + 1]?.index ?? text.length;
    const names = text.slice(start, end);
    const role = roleOf(span[1]!);
    if (role === 'skip') return;
    if (role === 'editor') {
      byline.editor ??= names.trim().split(/[\s\u3000、，,]+/)[0];
      return;
    }
    addNames(byline[fallback === 'photographers' ? fallback : role], names);
  });
}

function roleOf(label: string): (typeof ROLES)[number][1] {
  for (const [pattern, role] of ROLES) if (pattern.test(label)) return role;
  return 'reporters';
}

function addNames(list: string[], text: string): void {
  for (const token of text.split(/[\s\u3000、，,;；]+/)) {
    const name = token.replace(/[（）()【】[\]]/g, '');
    if (NAME.test(name) && !list.includes(name)) list.push(name);
  }
}
