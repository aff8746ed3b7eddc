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

/** 株洲日报讯（…） / 株洲新闻网讯 / 新华社长沙2月8日电（记者 张三） at the start of a paragraph. */
const DATELINE = new RegExp(
  `^${SPACE}*([\\p{Script=Han}A-Za-z]{2,12}?)(?:讯|(\\d{1,2}月\\d{1,2}日)电)(?:${OPEN}([^（）()]{0,80})${CLOSE})?${SPACE}*`,
  'u',
);
/** Outlets whose 讯 is a dateline; anything ending in 报, 网, 社, 台 also counts. */
const OUTLET = /(?:报|网|社|台|电视|新闻|融媒体中心|客户端)$/;

/** Role labels inside a credit, longest first so 全媒体记者 wins over 记者. */
const ROLES: [RegExp, keyof Pick<Byline, 'reporters' | 'correspondents' | 'photographers'> | 'editor' | 'skip'][] = [
  [/^(?:[\p{Script=Han}]{2,6}?(?:日报|晚报|新闻网|网))?(?:全媒体|融媒体|见习|首席|本报|特约)?记者$/u, 'reporters'],
  [/^实习生$/, 'reporters'],
  [/^文$/, 'reporters'],
  [/^通讯员$/, 'correspondents'],
  [/^(?:摄影|图|摄)$/, 'photographers'],
  [/^(?:责任编辑|编辑|责编|校对|审核)$/, 'editor'],
  [/^(?:策划|统筹|执行|设计|制图|出品|监制)$/, 'skip'],
];
const ROLE_WORDS =
  '(?:[\\p{Script=Han}]{2,6}?(?:日报|晚报|新闻网|网))?(?:全媒体|融媒体|见习|首席|本报|特约)?记者|实习生|通讯员|摄影|责任编辑|编辑|责编|校对|审核|策划|统筹|执行|设计|制图|出品|监制|文|图';
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
  return { byline, paragraphs: kept };
}

/** Strips a leading dateline, recording its outlet, date and people. */
function takeDateline(text: string, byline: Byline): string {
  const match = text.match(DATELINE);
  if (!match) return text;
  const [whole, outlet, date, inside] = match;
  if (!outlet || (!date && !OUTLET.test(outlet))) return text;
  // 新华社长沙2月8日电: the outlet is 新华社, the place 长沙 is not kept.
  byline.source ??= date ? outletOf(outlet) : outlet;
  if (date) byline.date ??= date;
  if (inside) readCredit(inside, byline);
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

/** A paragraph that is nothing but furniture: editor, source, date or a credit line. */
function takeLine(text: string, byline: Byline): boolean {
  if (text.length > MAX_CREDIT_LINE) return false;
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
function readCredit(text: string, byline: Byline, fallback?: 'photographers'): void {
  const spans = [...text.matchAll(ROLE_SPAN)];
  const source = text.match(/^\p{Script=Han}{2,6}?(?:日报|晚报|新闻网)(?=[\p{Script=Han}]{0,4}记者)/u);
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
    addNames(byline[fallback ?? role], names);
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
