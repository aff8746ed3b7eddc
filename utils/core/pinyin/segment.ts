import { LEXICON, LEXICON_MAX_LENGTH, lexiconEntry } from './lexicon';

export interface WordSpan {
  start: number;
  end: number;
  text: string;
}

/** Cuts a run of text into words, each with its offset in that run. */
export type Segmenter = (text: string) => Iterable<{ segment: string; index: number }>;

/**
 * The engine's word segmenter (ICU dictionary) where it exists; one span per code point otherwise.
 * Made at the first text, not here: making it loads ICU's Chinese dictionary (~15 ms), which a
 * service worker just started would otherwise do before listening, ahead of reading CC-CEDICT.
 */
export function icuSegmenter(): Segmenter {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let icu: Intl.Segmenter | null = null;
    return (text) => (icu ??= new Intl.Segmenter('zh-CN', { granularity: 'word' })).segment(text);
  }
  return function* (text) {
    let index = 0;
    for (const segment of text) {
      yield { segment, index };
      index += segment.length;
    }
  };
}

/**
 * Lexicon words (places, policy phrases) in `text`, scanning left to right and taking the longest
 * word at each position. Both segmentation and reading use these spans, so they always agree.
 */
export function lexiconSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const length = longestLexiconWordAt(text, i);
    if (length) {
      spans.push({ start: i, end: i + length, text: text.slice(i, i + length) });
      i += length;
    } else {
      i++;
    }
  }
  return spans;
}

/**
 * Cuts text into words. Lexicon words are cut first, so the general segmenter cannot split 株洲
 * or glue 攸县 to the 长 that follows it (ICU reads 攸县长… as 攸|县长). The gaps between them go
 * to `segmenter`.
 *
 * @example segmentWords('攸县长株潭', icuSegmenter()) → 攸县 | 长株潭
 */
export function segmentWords(text: string, segmenter: Segmenter): WordSpan[] {
  const words: WordSpan[] = [];
  let gapStart = 0;
  const addGap = (end: number) => {
    if (end <= gapStart) return;
    for (const { segment, index } of segmenter(text.slice(gapStart, end))) {
      const start = gapStart + index;
      words.push({ start, end: start + segment.length, text: segment });
    }
  };
  for (const span of lexiconSpans(text)) {
    addGap(span.start);
    words.push(span);
    gapStart = span.end;
  }
  addGap(text.length);
  return words;
}

/** First characters of lexicon words: most positions start none, and skip the slicing. */
const LEXICON_FIRST_CHARS: ReadonlySet<string> = new Set(LEXICON.map((entry) => entry.word[0]!));

function longestLexiconWordAt(text: string, at: number): number {
  if (!LEXICON_FIRST_CHARS.has(text[at]!)) return 0;
  for (let length = Math.min(LEXICON_MAX_LENGTH, text.length - at); length >= 2; length--) {
    if (lexiconEntry(text.slice(at, at + length))) return length;
  }
  return 0;
}
