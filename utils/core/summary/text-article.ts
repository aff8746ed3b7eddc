/**
 * Plain text as an article: paragraphs, and the title and subtitle if the text starts with them. A news text
 * pasted or saved as text puts its headline on the first line; the headline may be long (over 40 characters)
 * and may end in punctuation (炎陵黄桃熟了，已陆续开园上市！), so neither length nor a final mark decides.
 */
import { isFurnitureLine } from './byline';

export interface TextArticle {
  title: string;
  subtitle?: string;
  paragraphs: string[];
}

/** A dateline opening a body paragraph: 株洲日报讯（…）, 红网时刻新闻4月18日讯, 新华社长沙2月8日电. */
const DATELINE_START = /^[\p{Script=Han}A-Za-z·]{2,16}?(?:\d{1,2}月\d{1,2}日|\d{3,4}日)?[讯电]/u;
/**
 * A 。 or ； inside the line (not at its end) means the line holds more than one sentence: body text. Headlines
 * may hold ！ and ？ (130余亿元!株洲11个重大招商项目集中签约).
 */
const INNER_STOP = /[。；;](?!["”’」』）)]*$)/u;
/** A line ending in 。 is a sentence (a lead, or a photo caption: 开工仪式现场。); headlines end otherwise, if at all. */
const SENTENCE = /。["”’」』）)]*$/u;
/** An image's file name left in copied text (3322111.jpg): nothing to read. */
const IMAGE_FILE = /^\S+\.(?:jpe?g|png|gif|webp|bmp)$/iu;
const FINAL_STOP = /[。！？!?；;…]["”’」』）)]*$/u;
/** A subtitle is short and is not a byline of names (湖南日报 刘笑雪 曹婕妤). */
const SUBTITLE_MAX = 40;
/** A section head (一、 / （二） / 第三) is never the subtitle. */
const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3})/u;
/** At most this many furniture lines (outlet and names, date, source) stand above a headline. */
const MAX_FURNITURE = 3;
/** A line this short without a final stop is a heading: it stays its own paragraph. */
const HEADING_MAX = 30;

/** Lines of a block: a heading line stays alone, hard-wrapped prose lines are joined. */
function blockParagraphs(block: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of block.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const heading = [...line].length <= HEADING_MAX && !FINAL_STOP.test(line) && (NUMBERED.test(line) || !/[，,、]/.test(line));
    if (heading) {
      if (current) out.push(current);
      out.push(line);
      current = '';
      continue;
    }
    current += line;
    if (FINAL_STOP.test(line)) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

function isHeadline(line: string): boolean {
  return !INNER_STOP.test(line) && !DATELINE_START.test(line) && !SENTENCE.test(line);
}

/**
 * Splits text into paragraphs (one per line; with blank lines present, a block's wrapped lines are joined) and
 * takes the first line as the title when it is one sentence and not a dateline, the second as the subtitle when
 * it is a short line without a final stop.
 *
 * @example textArticle('炎陵黄桃熟了，已陆续开园上市！\n7月25日，记者获悉……。') → { title: '炎陵黄桃熟了，已陆续开园上市！', paragraphs: ['7月25日，记者获悉……。'] }
 */
export function textArticle(text: string): TextArticle {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = (
    /\n\s*\n/.test(normalised) ? normalised.split(/\n\s*\n/).flatMap(blockParagraphs) : normalised.split('\n').map((line) => line.trim()).filter(Boolean)
  ).filter((line) => !IMAGE_FILE.test(line));
  // A reposted story may put its outlet and reporters, or its date, above the headline: they stay for the byline.
  let skip = 0;
  while (skip < MAX_FURNITURE && skip < paragraphs.length && isFurnitureLine(paragraphs[skip]!)) skip++;
  const front = paragraphs.slice(0, skip);
  const rest = paragraphs.slice(skip);
  const [first, second] = rest;
  if (rest.length < 2 || !first || !isHeadline(first)) return { title: '', paragraphs };
  const subtitle =
    second && rest.length > 2 && [...second].length <= SUBTITLE_MAX && !FINAL_STOP.test(second) && isHeadline(second) && !/\s/.test(second) && !NUMBERED.test(second)
      ? second
      : undefined;
  return subtitle
    ? { title: first, subtitle, paragraphs: [...front, ...rest.slice(2)] }
    : { title: first, paragraphs: [...front, ...rest.slice(1)] };
}
