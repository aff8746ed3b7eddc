/**
 * The body a summary is ranked on: the article's paragraphs without what is not prose. Bylines and datelines are
 * gone already (byline.ts); this drops headings, photo captions, image file names, editor and reprint notes, and
 * any repeat of the title or subtitle, so none of them can be picked or glued to a sentence.
 */
import { visibleLength } from './grams';

/** 一、2023年工作回顾 / （二）… / 第一，… / ■ 产业链 : numbered or bulleted section heads. */
const HEADING_MARK = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，、:：\s]|\d{1,2}[、．]|[■●▲◆★□○◎▶►])/u;
/** A paragraph without a stop at its end, this short, is a heading (or a pull quote), not prose. */
const HEADING_MAX = 30;
/** A one-sentence paragraph this short, with no comma, is a photo caption: 开工仪式现场。 / 清水塘大桥。 */
const CAPTION_MAX = 20;
const ENDS_SENTENCE = /[。！？!?…][”’」』）)]*$/u;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|bmp)$/iu;
/** Reprint and editor notes: 本文为株洲站原创文章，转载请… / 【编辑:黄诗立】 / （责任编辑：…） */
const NOTE = /^(?:本文为.{0,20}(?:原创|稿件)|(?:转载|未经).{0,10}(?:请|授权|禁止))|^[【[（(](?:责任)?编辑[:：]/u;

export interface CleanOptions {
  title?: string;
  subtitle?: string;
}

/** The same text without spaces and punctuation, to compare a paragraph with the title. */
function bare(text: string): string {
  return text.replace(/[\p{P}\p{S}\s\u3000]/gu, '');
}

/** True when the paragraph is the title or subtitle again (whole, or the title less its 湖南: prefix). */
function repeatsHeadline(paragraph: string, headlines: string[]): boolean {
  const p = bare(paragraph);
  if (p.length < 6) return false;
  return headlines.some((h) => h === p || (h.includes(p) && p.length >= h.length / 2) || (p.includes(h) && h.length >= p.length * 0.8));
}

/**
 * Drops every paragraph that is not body prose. A heading glued in front of its paragraph's text
 * (一、2023年工作回顾　过去一年……) is cut off, the text kept.
 */
export function cleanBody(paragraphs: readonly string[], options: CleanOptions = {}): string[] {
  const headlines = [options.title, options.subtitle].filter((h): h is string => !!h).map(bare).filter((h) => h.length >= 4);
  const out: string[] = [];
  for (const raw of paragraphs) {
    let text = raw.trim();
    if (!text || IMAGE_FILE.test(text) || NOTE.test(text)) continue;
    if (repeatsHeadline(text, headlines)) continue;
    if (HEADING_MARK.test(text)) {
      // A heading with its text after a space: keep the text.
      const glued = text.match(/^\S{1,30}?[\s\u3000]+(\S.*)$/u);
      if (glued && ENDS_SENTENCE.test(text) && visibleLength(glued[1]!) > HEADING_MAX) text = glued[1]!;
      else if (!ENDS_SENTENCE.test(text) || visibleLength(text) <= HEADING_MAX) continue;
    }
    const length = visibleLength(text);
    if (!ENDS_SENTENCE.test(text) && length <= HEADING_MAX) continue;
    if (length <= CAPTION_MAX && !/[，,；;：:]/.test(text) && (text.match(/[。！？]/g) ?? []).length <= 1) continue;
    out.push(text);
  }
  return out;
}
