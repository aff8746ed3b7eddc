/** One sentence of an article, with where it sits (position is the strongest summary signal in news). */
export interface Sentence {
  text: string;
  /** Index of the paragraph it came from. */
  paragraph: number;
  /** Index among all sentences of the article. */
  index: number;
}

/** Full-width stops always end a sentence. */
const FULL_STOPS = new Set(['。', '！', '？', '；']);
/** Half-width stops end a sentence only when no Latin letter follows: `YES!IC` and `Yahoo!` are names. */
const HALF_STOPS = new Set(['!', '?', ';']);
/** Marks that close a quote or bracket; they stay with the stop they follow: `……开个好头。”` */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '】', '"', "'"]);
const QUOTE_PAIRS: Record<string, string> = { '“': '”', '「': '」', '『': '』' };
/** A quote longer than this is not held together: OCR loses closing quotes, and one must not swallow a page. */
const MAX_QUOTE = 160;

/**
 * Splits Chinese news prose into sentences at 。！？； (and `! ? ;` when no Latin letter follows), keeping the
 * closing quotes and brackets that follow a stop, and keeping a short quotation with several stops in one
 * piece. Never splits on `.`, so 12.6亿元 and 1.为人们 stay whole. Line breaks end a sentence.
 *
 * @example splitSentences('“希望开个好头。”店主说。') → ['“希望开个好头。”店主说。']
 * @example splitSentences('投资12.6亿元。9天签约！') → ['投资12.6亿元。', '9天签约！']
 */
export function splitSentences(text: string): string[] {
  const chars = [...text];
  const out: string[] = [];
  let current = '';
  const push = () => {
    const trimmed = current.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (trimmed) out.push(trimmed);
    current = '';
  };
  let quote: { until: number; leading: boolean } | null = null;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\n' || ch === '\r') {
      push();
      quote = null;
      continue;
    }
    const close = quote ? undefined : QUOTE_PAIRS[ch];
    const leading = current.trim() === '';
    current += ch;
    if (close) {
      const end = findClose(chars, i + 1, close);
      if (end > 0) quote = { until: end, leading };
      continue;
    }
    if (quote) {
      if (i < quote.until) continue;
      // At the closing mark: `他说：“……。”` ends here, `“……。”店主说。` runs on to its attribution.
      const ends = !quote.leading && isStop(chars[i - 1] ?? '', ch);
      quote = null;
      if (!ends) continue;
    } else if (!isStop(ch, chars[i + 1])) continue;
    // Keep the run of stops and closers that belongs to this sentence: `？！”）`.
    while (i + 1 < chars.length && (CLOSERS.has(chars[i + 1]!) || isStop(chars[i + 1]!, chars[i + 2]))) {
      current += chars[++i]!;
    }
    push();
  }
  push();
  return out;
}

/** Splits each paragraph and numbers the sentences through the article. */
export function splitArticle(paragraphs: readonly string[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    for (const text of splitSentences(paragraph)) sentences.push({ text, paragraph: p, index: sentences.length });
  });
  return sentences;
}

function isStop(ch: string, next: string | undefined): boolean {
  if (FULL_STOPS.has(ch)) return true;
  return HALF_STOPS.has(ch) && (next === undefined || !/[A-Za-z]/.test(next));
}

/** Index of the closing quote within MAX_QUOTE characters and the same line, or -1. */
function findClose(chars: string[], from: number, close: string): number {
  const limit = Math.min(chars.length, from + MAX_QUOTE);
  for (let j = from; j < limit; j++) {
    if (chars[j] === close) return j;
    if (chars[j] === '\n') return -1;
  }
  return -1;
}
